import { LANES, startDesk, TestClock, type DeskServer } from './helpers'

const article = (title: string) => ({ title, category: 'pension', summary: '测试用的摘要，说清要点。', redFlags: ['pension'], body: '他说养老项目稳赚，千万别信。' })

const quizItem = (prompt: string) => ({
  kind: 'judge',
  category: 'pension',
  difficulty: 1,
  personas: ['elder'],
  prompt,
  options: [
    { text: '是', correct: true },
    { text: '不是', correct: false }
  ],
  redFlags: [],
  explanation: '许诺高回报又保本，就是非法集资。'
})

// Publishing puts live exactly the revision the publisher reviewed: an editor's change while the piece waits for review sends it back to draft, and a publish of the revision read before that change is refused.
describe.each(LANES)('review before publishing on %s', (lane) => {
  let server: DeskServer
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))

  // Two slow password hashes: allow for a busy machine.
  beforeAll(async () => {
    server = await startDesk(lane, clock, 'review')
  }, 60000)
  afterAll(async () => server.close())

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: object) => server.app.inject({ method, url, headers, payload })
  const residentTitle = async (id: string) => {
    const res = await server.app.inject({ method: 'GET', url: `/api/articles/${id}` })
    return res.statusCode === 200 ? (res.json().title as string) : null
  }

  it('never puts live an article text changed after the publisher read it', async () => {
    const { id } = (await api('POST', '/api/admin/articles', server.editor, article('审核过的标题'))).json()
    expect((await api('POST', `/api/admin/articles/${id}/submit`, server.editor)).statusCode).toBe(200)
    const reviewed = (await api('GET', `/api/admin/articles/${id}`, server.publisher)).json()
    expect(reviewed).toMatchObject({ status: 'review', revision: 1 })

    const edited = await api('PUT', `/api/admin/articles/${id}`, server.editor, article('没审核过的标题'))
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ status: 'draft', revision: 2 })

    const refused = await api('POST', `/api/admin/articles/${id}/publish`, server.publisher, { revision: reviewed.revision })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error).toEqual({ code: 'changed_since_review', message: '这篇文章在你审阅后又改过了（现在是第 2 版），没有发布。请刷新，看过新的内容后再发布。' })
    expect(await residentTitle(id)).toBeNull()
    expect((await api('GET', `/api/admin/articles/${id}`, server.publisher)).json()).toMatchObject({ status: 'draft', revision: 2 })

    // Submitted again and read again, the new text goes live.
    expect((await api('POST', `/api/admin/articles/${id}/submit`, server.editor)).statusCode).toBe(200)
    expect((await api('POST', `/api/admin/articles/${id}/publish`, server.publisher, { revision: 2 })).statusCode).toBe(200)
    expect(await residentTitle(id)).toBe('没审核过的标题')
  })

  it('goes live at its scheduled time with the revision the publisher scheduled', async () => {
    const { id } = (await api('POST', '/api/admin/articles', server.editor, article('定时发布审核过的'))).json()
    expect((await api('POST', `/api/admin/articles/${id}/submit`, server.editor)).statusCode).toBe(200)
    const at = new Date(clock.t.getTime() + 3600 * 1000).toISOString()
    expect((await api('POST', `/api/admin/articles/${id}/publish`, server.publisher, { revision: 1, at })).statusCode).toBe(200)
    // Waiting for its time, it can no longer be changed, nor rolled back to another revision.
    expect((await api('PUT', `/api/admin/articles/${id}`, server.editor, article('排期后偷偷改的'))).statusCode).toBe(409)
    expect((await api('POST', `/api/admin/articles/${id}/restore`, server.editor, { revision: 1 })).statusCode).toBe(409)
    clock.advance(3601 * 1000)
    expect(await residentTitle(id)).toBe('定时发布审核过的')
  })

  it('refuses in Chinese a publish that does not name the reviewed revision', async () => {
    const { id } = (await api('POST', '/api/admin/articles', server.editor, article('没带版本号'))).json()
    const missing = await api('POST', `/api/admin/articles/${id}/publish`, server.publisher, {})
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error.message).toBe('有必填的内容没有填写。')
    const wrong = await api('POST', `/api/admin/articles/${id}/publish`, server.publisher, { revision: 'latest' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().error.message).toBe('发布时要带上审阅的版本号，请刷新后再发布。')
    expect(await residentTitle(id)).toBeNull()
  })

  it('does the same for quiz items', async () => {
    const { id } = (await api('POST', '/api/admin/quiz/items', server.editor, quizItem('审核过的题目？'))).json()
    expect((await api('POST', `/api/admin/quiz/items/${id}/submit`, server.editor)).statusCode).toBe(200)
    const listed = (await api('GET', '/api/admin/quiz/items?status=review', server.publisher)).json().items.find((i: { id: string }) => i.id === id)
    expect(listed).toMatchObject({ status: 'review', revision: 1 })

    expect((await api('PUT', `/api/admin/quiz/items/${id}`, server.editor, quizItem('没审核过的题目？'))).json()).toMatchObject({ status: 'draft', revision: 2 })
    const refused = await api('POST', `/api/admin/quiz/items/${id}/publish`, server.publisher, { revision: listed.revision })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.message).toContain('这道题在你审阅后又改过了')
    expect((await api('GET', `/api/admin/quiz/items/${id}`, server.publisher)).json()).toMatchObject({ status: 'draft', revision: 2, fields: { prompt: '没审核过的题目？' } })

    expect((await api('POST', `/api/admin/quiz/items/${id}/publish`, server.publisher, { revision: 2 })).statusCode).toBe(200)
    expect((await api('GET', `/api/admin/quiz/items/${id}`, server.publisher)).json()).toMatchObject({ status: 'published', revision: 2 })
  })
})
