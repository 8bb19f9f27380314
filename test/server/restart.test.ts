import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { ADMIN_PASSWORD, fileTip, signIn, testConfig, beijingDayFromToday } from './helpers'
import { PG_BIN, PostgresServer } from './postgres-server'
import { freePort } from './redis'

/**
 * PostgreSQL restarted under a running API (issue 20): while it is down,
 * requests that need it get a 503 that says nothing was saved; once it is back,
 * the same process serves everything again, its own background work (the
 * quiz's counting thread) included, without being restarted.
 */
const lane = PG_BIN ? describe : describe.skip
if (!PG_BIN && process.env.CI) throw new Error('CI 必须装 PostgreSQL：数据库重启的测试不能跳过')

async function eventually<T>(what: () => Promise<T>, ok: (value: T) => boolean, ms = 15000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await what()
    if (ok(value) || Date.now() > until) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

lane('the API while its PostgreSQL restarts', () => {
  let pg: PostgresServer
  let app: FastifyInstance
  let dataDir: string
  beforeAll(async () => {
    pg = new PostgresServer(await freePort())
    pg.init()
    pg.start()
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-restart-'))
    const config = testConfig(dataDir, { DATABASE_URL: pg.url })
    app = await buildApp(config, { logger: false })
    await app.ready()
  }, 60000)
  afterAll(async () => {
    await app?.close()
    pg?.remove()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('answers 503 (nothing saved) while the database is down, and serves everything again once it is back', async () => {
    const receipt = await fileTip(app)
    const round = (await app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder' } })).json() as { roundId: string; questions: { id: string; options: { id: string }[] }[] }
    const paper = { answers: round.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0].id] })) }

    pg.stop()
    const health = await app.inject({ method: 'GET', url: '/api/health' })
    expect(health.statusCode).toBe(503)
    const lookup = await app.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt } })
    expect(lookup.statusCode).toBe(503)
    expect(lookup.json().error.message).toMatch(/数据库/)

    pg.start()
    expect(
      (
        await eventually(
          () => app.inject({ method: 'GET', url: '/api/health' }),
          (r) => r.statusCode === 200
        )
      ).statusCode
    ).toBe(200)
    expect((await app.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt } })).statusCode).toBe(200)
    expect(await fileTip(app)).toMatch(/^\d{16}$/)
    expect((await app.inject({ method: 'POST', url: `/api/quiz/rounds/${round.roundId}/answers`, payload: paper })).statusCode).toBe(200)
    // The counting thread's own connection came back too: the office's figures include the round.
    const admin = await signIn(app, 'admin', ADMIN_PASSWORD)
    const stats = await eventually(
      async () => (await app.inject({ method: 'GET', url: `/api/admin/quiz/stats?from=${beijingDayFromToday(-1)}&to=${beijingDayFromToday(1)}`, headers: admin })).json() as { rounds: number },
      (s) => s.rounds === 1
    )
    expect(stats.rounds).toBe(1)
  }, 60000)
})
