/**
 * npm run bench:pow: the tip box's proof of work as a cheap iPhone runs it.
 * iOS runs a mini-program's logic in JavaScriptCore without a JIT; `node
 * --jitless` is the closest stand-in here. Solves fresh challenges at the
 * server's default strength with the phone's own code (js-sha256, in slices
 * that yield) and reports the median and the slowest tenth.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { sha256 } from 'js-sha256'
import { solveInSlices } from '../src/core/proof-of-work'
import { ConfigSchema } from '../server/config'

const RUNS = Number(process.env.POW_RUNS ?? 25)

async function child(bits: number): Promise<void> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const challenge = `${Date.now()}.${randomBytes(12).toString('hex')}.${randomBytes(32).toString('hex')}`
    const started = process.hrtime.bigint()
    await solveInSlices(challenge, bits, (t) => new Uint8Array(sha256.arrayBuffer(t)))
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  times.sort((a, b) => a - b)
  const hashes = (() => {
    const started = process.hrtime.bigint()
    for (let i = 0; i < 20000; i++) sha256.arrayBuffer(`x:${i}`)
    return 20000 / (Number(process.hrtime.bigint() - started) / 1e9)
  })()
  process.stdout.write(JSON.stringify({ median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], hashes }))
}

if (process.argv[2] === 'child') void child(Number(process.argv[3]))
else {
  const bits = Number(process.env.TIP_POW_BITS ?? ConfigSchema.properties.TIP_POW_BITS.default)
  for (const flags of [['--jitless'], []]) {
    const res = spawnSync(process.execPath, [...flags, '--import', 'tsx', __filename, 'child', String(bits)], { encoding: 'utf8' })
    if (res.status !== 0) throw new Error(res.stderr)
    const r = JSON.parse(res.stdout) as { median: number; p90: number; hashes: number }
    process.stdout.write(
      `${flags.join(' ') || 'with JIT'}: ${bits} bits, median ${(r.median / 1000).toFixed(2)} s, slowest tenth from ${(r.p90 / 1000).toFixed(2)} s (${RUNS} challenges; ${Math.round(r.hashes)} SHA-256 a second)\n`
    )
  }
}
