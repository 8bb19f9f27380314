/**
 * npm run bench: measures, in one run on this machine, the requests per
 * second of a bare Fastify route, of the busiest public read
 * (GET /api/articles, first page) and of quiz answer submission, and prints
 * the ratios; then the quiz's draw, hand-in and dashboard with 10,000 and
 * with 1,000,000 stored rounds (BENCH_SCALE), and the ratio of their times. The machine is
 * shared and noisy: compare ratios from the same run, not absolute numbers.
 */
import type { ChildProcess } from 'node:child_process'
import autocannon from 'autocannon'
import { checkAdvert } from '../src/core/ad-check/engine'
import { beijingToday } from '../src/core/campaign'
import { adCheckWorstCases } from './ad-check-worst'
import evaluation from '../test/core/ad-check-eval.json'
import { start } from './processes'

const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
/** Seconds of load before each measurement, to fill caches and let the JIT settle (0 in the smoke run of npm test). */
const WARM_UP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
// Enough fresh rounds that the hand-in bench (the warm-up, then DURATION) never runs out of them: a rate above
// ROUNDS / (WARM_UP + DURATION) would be cut off, and the bench says so.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200000)
const SCALE_SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 5)
const SCALE = (process.env.BENCH_SCALE ?? '10000,1000000').split(',').map(Number)

interface Measured {
  rps: number
  p99: number
  errors: number
  non2xx: number
}

async function measure(url: string): Promise<Measured> {
  if (WARM_UP > 0) await autocannon({ url, connections: CONNECTIONS, duration: WARM_UP })
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION })
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx }
}

/** Asks the app process for a message's answer (rounds drawn, history written). */
function ask<T>(child: ChildProcess, request: object, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    // A process that dies before answering fails the run: waiting on it would end the run quietly, with exit code 0.
    const died = (code: number | null) => reject(new Error(`the app process exited (${code}) before answering ${key}`))
    const listener = (m: Record<string, unknown>) => {
      if (!(key in m)) return
      child.off('message', listener)
      child.off('exit', died)
      resolve(m[key] as T)
    }
    child.on('message', listener)
    child.once('exit', died)
    child.send(request)
  })
}

/** Answer submission: each request hands in a different, freshly drawn round. */
async function handIn(child: ChildProcess, address: string, rounds: number, duration = DURATION): Promise<Measured> {
  const papers = await ask<{ path: string; body: string }[]>(child, { rounds }, 'papers')
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
  // The same short warm-up as the other targets get (see `measure`), with papers of its own.
  if (WARM_UP > 0) await autocannon({ url: address, connections: CONNECTIONS, duration: WARM_UP, requests })
  const r = await autocannon({ url: address, connections: CONNECTIONS, duration, requests })
  // Past the last paper, the same ones come round again and are refused (409), which the non-2xx count shows.
  if (next > papers.length) process.stdout.write(`(all ${papers.length} rounds were handed in before the time was up; raise BENCH_ROUNDS)\n`)
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx }
}

async function benchAnswers(): Promise<Measured> {
  const { child, address } = await start('app')
  try {
    return await handIn(child, address, ROUNDS)
  } finally {
    child.kill()
  }
}

/**
 * The same three quiz operations (draw a round, hand one in, load the
 * office's dashboard for the last 30 days) on a server holding `stored`
 * played rounds, written by quiz-history.ts.
 */
async function quizAt(stored: number): Promise<Record<'draw' | 'submit' | 'dashboard', Measured>> {
  const password = 'bench-admin-password-1'
  const { child, address } = await start('app', { QUIZ_RATE_LIMIT: '1000000000', ADMIN_INITIAL_PASSWORD: password })
  try {
    await ask(child, { history: stored }, 'history')
    const login = await fetch(`${address}/api/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })
    const { token } = (await login.json()) as { token: string }
    const day = (d: number) => beijingToday(new Date(Date.now() - d * 86400000))
    const run = async (options: autocannon.Options): Promise<Measured> => {
      if (WARM_UP > 0) await autocannon({ ...options, connections: CONNECTIONS, duration: WARM_UP })
      const r = await autocannon({ ...options, connections: CONNECTIONS, duration: SCALE_SECONDS })
      return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx }
    }
    const draw = await run({ url: `${address}/api/quiz/rounds`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'elder', village: '第1村' }) })
    const submit = await handIn(child, address, Math.min(ROUNDS, 120000), SCALE_SECONDS)
    const dashboard = await run({ url: `${address}/api/admin/quiz/stats?from=${day(29)}&to=${day(0)}`, headers: { authorization: `Bearer ${token}` } })
    return { draw, submit, dashboard }
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
  const worst = adCheckWorstCases()
  for (const w of worst)
    process.stdout.write(`ad-check hostile ${JSON.stringify(w.piece.slice(0, 12))}×5000 chars: ${w.ms.toFixed(2)} ms, ${w.ratio.toFixed(1)}× the time of 1,250 chars (linear: about 4)\n`)
  process.stdout.write(`ad-check slowest 5,000-character text: ${Math.max(...worst.map((w) => w.ms)).toFixed(2)} ms of event loop\n`)
  process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per target\n`)
  const bare = await bench('bare', '/bare')
  const articles = await bench('app', '/api/articles')
  const row = (name: string, m: Measured) => `${name.padEnd(34)} ${m.rps.toFixed(0).padStart(8)} req/s   p99 ${String(m.p99).padStart(4)} ms   errors ${m.errors}, non-2xx ${m.non2xx}\n`
  process.stdout.write(row('bare Fastify route', bare))
  process.stdout.write(row('GET /api/articles (first page)', articles))
  const ratio = articles.rps / bare.rps
  process.stdout.write(`ratio: ${(ratio * 100).toFixed(1)} % of the bare route (target: at least 50 %)\n`)
  const answers = await benchAnswers()
  process.stdout.write(row('POST quiz answers (durable write)', answers))
  process.stdout.write(`ratio: ${((answers.rps / bare.rps) * 100).toFixed(1)} % of the bare route, p99 ${answers.p99} ms (target: at least 10 %, p99 under 50 ms)\n`)
  // A run fails on any error or refusal, and on a target that answered nothing in its time (a hung route).
  const failed = (m: Measured) => m.errors + m.non2xx + (m.rps === 0 ? 1 : 0)
  let failures = failed(articles) + failed(answers)

  // Scaling: the same operations with few and with many stored rounds; time per operation is 1 / (requests per second).
  process.stdout.write(`quiz with ${SCALE.map((n) => n.toLocaleString('en')).join(' and ')} stored rounds (${SCALE_SECONDS} s per operation):\n`)
  const [small, large] = [await quizAt(SCALE[0]), await quizAt(SCALE[1])]
  for (const op of ['draw', 'submit', 'dashboard'] as const) {
    failures += failed(small[op]) + failed(large[op])
    process.stdout.write(row(`  ${op} at ${SCALE[0].toLocaleString('en')}`, small[op]))
    process.stdout.write(row(`  ${op} at ${SCALE[1].toLocaleString('en')}`, large[op]))
    process.stdout.write(`  ${op}: ${(small[op].rps / large[op].rps).toFixed(2)} × the time per request (target: at most 1.5)\n`)
  }
  if (failures > 0) process.exitCode = 1
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
