import type { FastifyInstance } from 'fastify'
import { LANES, startDesk, TestClock, type DeskServer } from './helpers'

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
  let server: DeskServer
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))

  // Two slow password hashes: allow for a busy machine.
  beforeAll(async () => {
    server = await startDesk(lane, clock, 'cache', { QUIZ_RATE_LIMIT: '100000' })
  }, 60000)
  afterAll(async () => server.close())

  const api = (method: 'GET' | 'POST', url: string, payload?: object, headers?: Record<string, string>) => server.app.inject({ method, url, payload, headers })

  /** A new article, through review to residents; returns its id. */
  const publishArticle = async (title: string, category = 'pension') => {
    const created = await api('POST', '/api/admin/articles', { title, category, summary: '测试用的摘要，说清要点。', redFlags: [], body: '测试正文。' }, server.editor)
    const { id } = created.json()
    expect((await api('POST', `/api/admin/articles/${id}/submit`, {}, server.editor)).statusCode).toBe(200)
    expect((await api('POST', `/api/admin/articles/${id}/publish`, { revision: 1 }, server.publisher)).statusCode).toBe(200)
    return id as string
  }

  it('answers articles again after one failed load, instead of the failure forever', async () => {
    server.app.content.changed('article')
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
    server.app.content.changed('quiz')
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

  it('stops linking quiz results to an article once it is withdrawn, for rounds drawn before too', async () => {
    // A bank of five items about pension schemes, so every round shows them all and each links to the newest pension article.
    const db = server.app.db
    const at = clock.t.toISOString()
    await db.deleteFrom('quiz_items').execute()
    await db
      .insertInto('quiz_items')
      .values(
        [1, 2, 3, 4, 5].map((n) => ({
          id: `quiz-cache-${n}`,
          kind: 'judge' as const,
          category: 'pension',
          difficulty: 1,
          personas: '[]',
          prompt: `养老题 ${n}`,
          advert: null,
          options: JSON.stringify([
            { id: 'a', text: '是', correct: true },
            { id: 'b', text: '不是', correct: false }
          ]),
          red_flags: '[]',
          explanation: `解析 ${n}`,
          created_at: at,
          updated_at: at
        }))
      )
      .execute()
    server.app.content.changed('quiz')
    const article = await publishArticle('新写的养老陷阱提醒')

    const draw = async () => (await api('POST', '/api/quiz/rounds', { persona: 'elder' })).json() as { roundId: string; questions: { id: string }[] }
    const links = async (round: { roundId: string; questions: { id: string }[] }) => {
      const res = await api('POST', `/api/quiz/rounds/${round.roundId}/answers`, { answers: round.questions.map((q) => ({ questionId: q.id, optionIds: ['a'] })) })
      expect(res.statusCode).toBe(200)
      return (res.json().results as { articleId?: string }[]).map((r) => r.articleId)
    }
    expect(await links(await draw())).toEqual([article, article, article, article, article])
    const drawnBefore = await draw()

    expect((await api('POST', `/api/admin/articles/${article}/withdraw`, {}, server.publisher)).statusCode).toBe(200)
    for (const round of [drawnBefore, await draw()]) {
      const after = await links(round)
      expect(after).not.toContain(article)
      // Whatever it links to instead is there for residents to read.
      for (const id of new Set(after)) if (id) expect((await api('GET', `/api/articles/${id}`)).statusCode).toBe(200)
    }
  })

  it('does not keep an article read while it was being withdrawn', async () => {
    const article = await publishArticle('撤下时正在读的提醒')
    // The read finds the article still published; the withdrawal commits before the answer is cached.
    // The service's queries are its own, so the read is caught where every query of the app's connection runs.
    const executor = server.app.db.getExecutor()
    const executeQuery = executor.executeQuery.bind(executor)
    let read = false
    const spy = jest.spyOn(executor, 'executeQuery').mockImplementation(async (query) => {
      const result = await executeQuery(query)
      if (!read && /^select \* from "articles" where "id" = /.test(query.sql)) {
        read = true
        expect(result.rows).toHaveLength(1)
        expect((await api('POST', `/api/admin/articles/${article}/withdraw`, {}, server.publisher)).statusCode).toBe(200)
      }
      return result
    })
    try {
      expect((await api('GET', `/api/articles/${article}`)).statusCode).toBe(200)
      expect(read).toBe(true)
    } finally {
      spy.mockRestore()
    }
    expect((await api('GET', `/api/articles/${article}`)).statusCode).toBe(404)
  })
})
