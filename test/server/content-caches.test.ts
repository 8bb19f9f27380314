import type { FastifyInstance } from 'fastify'
import { LANES, startServer, TestClock, type TestServer } from './helpers'

/** The next read of `table` through the app's connection fails, as in a database hiccup; later reads work. */
function failNextRead(app: FastifyInstance, table: 'articles' | 'quiz_items') {
  const db = app.db
  const selectFrom = db.selectFrom.bind(db)
  let failed = false
  const spy = jest.spyOn(db, 'selectFrom').mockImplementation(((from: Parameters<typeof selectFrom>[0]) => {
    if (!failed && from === table) {
      failed = true
      throw new Error('database hiccup')
    }
    return selectFrom(from)
  }) as typeof db.selectFrom)
  return { restore: () => spy.mockRestore(), failed: () => failed }
}

describe.each(LANES)('content caches on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))

  beforeAll(async () => {
    server = await startServer(lane, { QUIZ_RATE_LIMIT: '100000' }, clock)
  })
  afterAll(async () => server.close())

  const api = (method: 'GET' | 'POST', url: string, payload?: object) => server.app.inject({ method, url, payload })

  it('answers articles again after one failed load, instead of the failure forever', async () => {
    server.app.reading.invalidate()
    const hiccup = failNextRead(server.app, 'articles')
    try {
      expect((await api('GET', '/api/articles')).statusCode).toBe(500)
      expect(hiccup.failed()).toBe(true)
    } finally {
      hiccup.restore()
    }
    const next = await api('GET', '/api/articles')
    expect(next.statusCode).toBe(200)
    expect(next.json().items.length).toBeGreaterThan(0)
  })

  it('draws quiz rounds again after one failed load of the bank', async () => {
    server.app.quiz.invalidate()
    const hiccup = failNextRead(server.app, 'quiz_items')
    try {
      expect((await api('POST', '/api/quiz/rounds', { persona: 'elder' })).statusCode).toBe(500)
      expect(hiccup.failed()).toBe(true)
    } finally {
      hiccup.restore()
    }
    const round = await api('POST', '/api/quiz/rounds', { persona: 'elder' })
    expect(round.statusCode).toBe(200)
    expect(round.json().questions).toHaveLength(5)
  })
})
