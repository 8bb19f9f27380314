import { fork } from 'node:child_process'
import path from 'node:path'
import autocannon from 'autocannon'
async function main() {
  const child = fork(path.join(__dirname, '_prof_server.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
  const address = await new Promise<string>((r) => child.once('message', (m: any) => r(m.address)))
  const papers = await new Promise<any[]>((resolve) => { child.on('message', (m: any) => m.papers && resolve(m.papers)); child.send({ rounds: Number(process.env.R ?? 60000) }) })
  let next = 0
  const r = await autocannon({ url: address, connections: 50, duration: 8, amount: papers.length, requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req: any) => { const p = papers[next++ % papers.length]; return { ...req, path: p.path, body: p.body } } }] })
  console.log(r.requests.average, r.latency.p99, r.non2xx)
  child.send({ stop: true })
}
main()
