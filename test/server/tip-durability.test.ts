import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { solve } from '../../src/core/proof-of-work'
import { aTip } from './helpers'

const ROOT = path.resolve(__dirname, '../..')

/** The real server in its own process, from its TypeScript (compiled.test.ts runs the build `npm run serve` starts). */
function startProcess(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', TIP_POW_BITS: '4', TIP_RATE_LIMIT: '10000', TIP_LOOKUP_RATE_LIMIT: '10000', ADMIN_INITIAL_PASSWORD: 'durability-admin-1' },
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
})
