/**
 * npm run bench: measures, in one run on this machine, the requests per
 * second of a bare Fastify route and of the busiest public read
 * (GET /api/articles, first page), and prints the ratio. The machine is
 * shared and noisy: compare ratios from the same run, not absolute numbers.
 */
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import autocannon from 'autocannon'
import { checkAdvert } from '../src/core/ad-check/engine'
import evaluation from '../test/core/ad-check-eval.json'

const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60000)

interface Measured {
  rps: number
  p99: number
  errors: number
  non2xx: number
}

async function start(kind: 'bare' | 'app'): Promise<{ child: ChildProcess; address: string }> {
  const child = fork(path.join(__dirname, 'servers.ts'), [kind], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const address = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { address: string }) => resolve(m.address))
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)))
  })
  return { child, address }
}

async function measure(url: string): Promise<Measured> {
  // A short warm-up fills caches and lets the JIT settle before counting.
  await autocannon({ url, connections: CONNECTIONS, duration: 2 })
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION })
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx }
}

/** Answer submission: each request hands in a different, freshly drawn round. */
async function benchAnswers(): Promise<Measured> {
  const { child, address } = await start('app')
  try {
    const papers = await new Promise<{ path: string; body: string }[]>((resolve) => {
      child.on('message', (m: { papers?: { path: string; body: string }[] }) => m.papers && resolve(m.papers))
      child.send({ rounds: ROUNDS })
    })
    let next = 0
    const requests = [
      {
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: autocannon.Request) => {
          const paper = papers[next++ % papers.length]
          return { ...req, path: paper.path, body: paper.body }
        }
      }
    ]
    const r = await autocannon({ url: address, connections: CONNECTIONS, duration: DURATION, requests, amount: papers.length })
    return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx }
  } finally {
    child.kill()
  }
}

async function bench(kind: 'bare' | 'app', route: string): Promise<Measured> {
  const { child, address } = await start(kind)
  try {
    return await measure(`${address}${route}`)
  } finally {
    child.kill()
  }
}

/** The advert checker on one core: texts of 500 characters per second (target 2,000, so a cheap phone answers at once). */
function adCheckThroughput(): number {
  const pool = (evaluation as { text: string }[]).map((x) => x.text)
  const texts: string[] = []
  for (let i = 0; texts.length < 2000; i++) {
    let t = ''
    for (let j = i; t.length < 500; j++) t += pool[j % pool.length]
    texts.push(t.slice(0, 500))
  }
  for (let i = 0; i < 200; i++) checkAdvert(texts[i]) // warm-up
  const started = process.hrtime.bigint()
  let rounds = 0
  while (process.hrtime.bigint() - started < 3_000_000_000n) {
    for (const t of texts) checkAdvert(t)
    rounds++
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return (rounds * texts.length) / seconds
}

async function main(): Promise<void> {
  const perSecond = adCheckThroughput()
  process.stdout.write(`ad-check engine: ${perSecond.toFixed(0)} texts of 500 characters per second on one core (target: at least 2,000)\n`)
  process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per target\n`)
  const bare = await bench('bare', '/bare')
  const articles = await bench('app', '/api/articles')
  const row = (name: string, m: Measured) =>
    `${name.padEnd(34)} ${m.rps.toFixed(0).padStart(8)} req/s   p99 ${String(m.p99).padStart(4)} ms   errors ${m.errors}, non-2xx ${m.non2xx}\n`
  process.stdout.write(row('bare Fastify route', bare))
  process.stdout.write(row('GET /api/articles (first page)', articles))
  const ratio = articles.rps / bare.rps
  process.stdout.write(`ratio: ${(ratio * 100).toFixed(1)} % of the bare route (target: at least 50 %)\n`)
  const answers = await benchAnswers()
  process.stdout.write(row('POST quiz answers (durable write)', answers))
  process.stdout.write(`ratio: ${((answers.rps / bare.rps) * 100).toFixed(1)} % of the bare route, p99 ${answers.p99} ms (target: at least 15 %, p99 under 50 ms)\n`)
  if (articles.errors + articles.non2xx + answers.errors + answers.non2xx > 0) process.exitCode = 1
}

void main()
