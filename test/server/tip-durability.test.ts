import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { solve } from '../../src/core/proof-of-work'
import { aTip, beijingDayFromToday, freshPostgres } from './helpers'
import { freePort, haveRedis, RedisServer } from './redis'

const ROOT = path.resolve(__dirname, '../..')

/** The real server in its own process, from its TypeScript (compiled.test.ts runs the build `npm run serve` starts). */
function startProcess(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TIP_POW_BITS: '4',
      TIP_RATE_LIMIT: '10000',
      TIP_LOOKUP_RATE_LIMIT: '10000',
      ADMIN_INITIAL_PASSWORD: 'durability-admin-1',
      ...env
    },
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
  shared(
    'keeps every tip and hand-in acknowledged by either of two processes, readable and counted once through the one left when the other is killed mid-burst',
    async () => {
      const pg = await freshPostgres()
      const redis = new RedisServer(await freePort())
      await redis.start()
      const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-durable-a-')), fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-durable-b-'))]
      const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, QUIZ_RATE_LIMIT: '10000' }
      const ports = [await freePort(), await freePort()]
      const bases = ports.map((p) => `http://127.0.0.1:${p}`)
      const children: ChildProcess[] = []
      const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
      try {
        // One after the other: the first migrates the new database.
        for (const i of [0, 1]) children.push(await startProcess(dirs[i], ports[i], env))
        // Rounds drawn on either process beforehand, handed in on the other during the burst.
        const rounds = await Promise.all(
          Array.from({ length: 40 }, async (_, n) => {
            const round = (await (await post(`${bases[n % 2]}/api/quiz/rounds`, { persona: 'elder' })).json()) as { roundId: string; questions: { id: string; options: { id: string }[] }[] }
            return { id: round.roundId, paper: { answers: round.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0].id] })) } }
          })
        )
        const receipts: { receipt: string; from: number }[] = []
        const handedIn: { id: string; from: number }[] = []
        let killed = false
        // Wait for both processes to have acknowledged some of each: one process may be slower to warm up,
        // and a kill before it answered anything would test only the other.
        const fromBoth = (acks: { from: number }[], each: number) => [0, 1].every((p) => acks.filter((a) => a.from === p).length >= each)
        const killAfterEnough = () => {
          if (fromBoth(receipts, 8) && fromBoth(handedIn, 4) && !killed) {
            killed = true
            children[0].kill('SIGKILL')
          }
        }
        const tips = Array.from({ length: 80 }, async (_, n) => {
          const from = n % 2
          const receipt = await submit(bases[from])
          if (receipt) receipts.push({ receipt, from })
          killAfterEnough()
        })
        const papers = rounds.map(async (round, n) => {
          const from = (n + 1) % 2
          const res = await post(`${bases[from]}/api/quiz/rounds/${round.id}/answers`, round.paper).catch(() => null)
          if (res?.status === 200) handedIn.push({ id: round.id, from })
          killAfterEnough()
        })
        await Promise.all([...tips, ...papers])
        expect(killed).toBe(true)
        // Both processes acknowledged some before one died.
        expect(new Set(receipts.map((r) => r.from))).toEqual(new Set([0, 1]))
        expect(new Set(handedIn.map((r) => r.from))).toEqual(new Set([0, 1]))
        for (const { receipt } of receipts) {
          const res = await post(`${bases[1]}/api/tips/lookup`, { receipt })
          expect({ receipt, status: res.status }).toEqual({ receipt, status: 200 })
        }
        // An acknowledged hand-in is stored: the paper cannot be handed in again.
        for (const { id } of handedIn) expect({ id, status: (await post(`${bases[1]}/api/quiz/rounds/${id}/answers`, rounds.find((r) => r.id === id)!.paper)).status }).toEqual({ id, status: 409 })
        // Counted once each: at least every acknowledged one, at most every one sent (one in flight at the kill may be stored unanswered).
        const login = (await (await post(`${bases[1]}/api/admin/login`, { username: 'admin', password: 'durability-admin-1' })).json()) as { token: string }
        const stats = (await (
          await fetch(`${bases[1]}/api/admin/quiz/stats?from=${beijingDayFromToday(-1)}&to=${beijingDayFromToday(1)}`, { headers: { authorization: `Bearer ${login.token}` } })
        ).json()) as { rounds: number }
        expect(stats.rounds).toBeGreaterThanOrEqual(handedIn.length)
        expect(stats.rounds).toBeLessThanOrEqual(rounds.length)
        expect((await fetch(`${bases[1]}/api/health`)).status).toBe(200)
      } finally {
        for (const child of children) child.kill('SIGKILL')
        await redis.stop()
        await pg.drop()
        for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
      }
    },
    120000
  )
})
