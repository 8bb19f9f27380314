import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { solve } from '../../src/core/proof-of-work'
import { aTip, freshPostgres } from './helpers'
import { freePort, haveRedis, RedisServer } from './redis'

const ROOT = path.resolve(__dirname, '../..')

/** The real server in its own process, from its TypeScript (compiled.test.ts runs the build `npm run serve` starts). */
function startProcess(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', TIP_POW_BITS: '4', TIP_RATE_LIMIT: '10000', TIP_LOOKUP_RATE_LIMIT: '10000', ADMIN_INITIAL_PASSWORD: 'durability-admin-1', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('防非宣传已启动')) resolve(child)
    })
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)))
  })
}

async function submit(base: string): Promise<string | null> {
  try {
    const { challenge, bits } = (await (await fetch(`${base}/api/tips/challenge`)).json()) as { challenge: string; bits: number }
    const nonce = solve(challenge, bits, (t) => createHash('sha256').update(t).digest())
    const res = await fetch(`${base}/api/tips`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...aTip(), pow: { challenge, nonce } }) })
    return res.status === 201 ? ((await res.json()) as { receipt: string }).receipt : null
  } catch {
    return null // the server died under this request: no receipt was given, so nothing was promised
  }
}

describe('an acknowledged tip survives kill -9', () => {
  it('opens every tip whose receipt was returned before the server was killed mid-burst', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-durable-'))
    const port = 41000 + (process.pid % 2000)
    const base = `http://127.0.0.1:${port}`
    try {
      const first = await startProcess(dataDir, port)
      const receipts: string[] = []
      let killed = false
      const burst = Array.from({ length: 60 }, async () => {
        const receipt = await submit(base)
        if (receipt) receipts.push(receipt)
        if (receipts.length >= 15 && !killed) {
          killed = true
          first.kill('SIGKILL')
        }
      })
      await Promise.all(burst)
      expect(killed).toBe(true)
      expect(receipts.length).toBeGreaterThanOrEqual(15)

      const second = await startProcess(dataDir, port)
      try {
        for (const receipt of receipts) {
          const res = await fetch(`${base}/api/tips/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipt }) })
          expect({ receipt, status: res.status }).toEqual({ receipt, status: 200 })
        }
        // What the server wrote is for its own user only, the folder and each file in it.
        for (const file of ['', 'fangfei.sqlite', 'fangfei.sqlite-wal']) expect({ file, others: fs.statSync(path.join(dataDir, file)).mode & 0o077 }).toEqual({ file, others: 0 })
      } finally {
        second.kill('SIGKILL')
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 90000)

  // Several processes on PostgreSQL and Redis (issue 20), as on two machines: each has its own DATA_DIR.
  const shared = process.env.TEST_DATABASE_URL && haveRedis ? it : it.skip
  shared('opens every tip acknowledged by either of two processes through the one left when the other is killed mid-burst', async () => {
    const pg = await freshPostgres()
    const redis = new RedisServer(await freePort())
    await redis.start()
    const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-durable-a-')), fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-durable-b-'))]
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url }
    const ports = [await freePort(), await freePort()]
    const bases = ports.map((p) => `http://127.0.0.1:${p}`)
    const children: ChildProcess[] = []
    try {
      // One after the other: the first migrates the new database.
      for (const i of [0, 1]) children.push(await startProcess(dirs[i], ports[i], env))
      const receipts: { receipt: string; from: number }[] = []
      let killed = false
      const burst = Array.from({ length: 80 }, async (_, n) => {
        const from = n % 2
        const receipt = await submit(bases[from])
        if (receipt) receipts.push({ receipt, from })
        if (receipts.length >= 20 && !killed) {
          killed = true
          children[0].kill('SIGKILL')
        }
      })
      await Promise.all(burst)
      expect(killed).toBe(true)
      // Both processes acknowledged tips before one died.
      expect(new Set(receipts.map((r) => r.from))).toEqual(new Set([0, 1]))
      for (const { receipt } of receipts) {
        const res = await fetch(`${bases[1]}/api/tips/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipt }) })
        expect({ receipt, status: res.status }).toEqual({ receipt, status: 200 })
      }
      expect((await fetch(`${bases[1]}/api/health`)).status).toBe(200)
    } finally {
      for (const child of children) child.kill('SIGKILL')
      await redis.stop()
      await pg.drop()
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 120000)
})
