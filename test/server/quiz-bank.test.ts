import { ADMIN_PASSWORD, LANES, signIn, startServer, staffWith, type TestServer } from './helpers'

// A judge item about a flyer, its advert marking the red flags it teaches.
const item = (over: Record<string, unknown> = {}) => ({
  kind: 'judge',
  category: 'pension',
  difficulty: 2,
  personas: ['student'],
  prompt: '村口贴的这张告示，是不是非法集资广告？',
  advert: { source: '告示', text: '认购养老床位，[[每年返利百分之十五|high_return]]，[[到期本金全退|guaranteed]]！' },
  options: [
    { text: '是，是非法集资广告', correct: true },
    { text: '不是，是正常的养老服务', correct: false }
  ],
  redFlags: ['high_return', 'guaranteed'],
  explanation: '许诺固定高回报、保证还本，没有金融许可向大家揽钱，就是非法集资。',
  ...over
})

describe.each(LANES)('the question bank desk on %s', (lane) => {
  let server: TestServer
  let editor: { authorization: string }
  let publisher: { authorization: string }
  let admin: { authorization: string }

  beforeAll(async () => {
    server = await startServer(lane, { QUIZ_RATE_LIMIT: '100000' })
    editor = await staffWith(server.app, 'bank_editor', ['editor'])
    publisher = await staffWith(server.app, 'bank_publisher', ['publisher'])
    admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
  })
  afterAll(async () => server.close())

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers?: Record<string, string>, payload?: object) => server.app.inject({ method, url, headers, payload })
  const drawnIds = async (rounds: number) => {
    const ids = new Set<string>()
    for (let i = 0; i < rounds; i++) {
      const round = (await api('POST', '/api/quiz/rounds', {}, { persona: 'student' })).json()
      for (const q of round.questions as { id: string; advert: { text?: string } }[]) {
        ids.add(q.id)
        // Residents meet the advert as printed: the office's marks only come with the results.
        expect(q.advert.text ?? '').not.toContain('[[')
      }
    }
    return ids
  }

  it('takes an item from draft through review to rounds and back out', async () => {
    const created = await api('POST', '/api/admin/quiz/items', editor, item())
    expect(created.statusCode).toBe(200)
    const { id } = created.json()
    expect(created.json()).toMatchObject({ kind: 'quiz', status: 'draft', revision: 1, fields: item(), revisions: [{ revision: 1, createdBy: 'bank_editor' }] })
    expect((await api('GET', '/api/admin/quiz/items?status=draft', editor)).json().items.map((i: { id: string }) => i.id)).toContain(id)

    const saved = await api('PUT', `/api/admin/quiz/items/${id}?revision=1`, editor, item({ prompt: '这张告示是不是非法集资广告？' }))
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({ revision: 2, fields: { prompt: '这张告示是不是非法集资广告？' } })
    const stale = await api('PUT', `/api/admin/quiz/items/${id}?revision=1`, editor, item({ prompt: '过时的改动' }))
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error.message).toContain('刚被别人改过')

    expect((await api('POST', `/api/admin/quiz/items/${id}/submit`, editor)).statusCode).toBe(200)
    const denied = await api('POST', `/api/admin/quiz/items/${id}/publish`, editor)
    expect(denied.statusCode).toBe(403)
    expect((await api('POST', `/api/admin/quiz/items/${id}/publish`, publisher, { revision: 2 })).statusCode).toBe(200)
    expect((await api('GET', `/api/admin/quiz/items/${id}`, editor)).json().status).toBe('published')

    // The bank told the quiz: the next rounds can hold the new item at once.
    expect(await drawnIds(200)).toContain(id)

    const locked = await api('PUT', `/api/admin/quiz/items/${id}`, editor, item({ prompt: '发布后偷偷改' }))
    expect(locked.statusCode).toBe(409)
    expect(locked.json().error.message).toContain('请先撤下')

    expect((await api('POST', `/api/admin/quiz/items/${id}/withdraw`, editor)).statusCode).toBe(403)
    expect((await api('POST', `/api/admin/quiz/items/${id}/withdraw`, publisher)).statusCode).toBe(200)
    expect(await drawnIds(100)).not.toContain(id)

    const log = (await api('GET', `/api/admin/audit?action=quiz.publish`, admin)).json()
    expect(JSON.stringify(log)).toContain(id)
  })

  it('sends an item back with a reason, keeps every save and restores an old one', async () => {
    const { id } = (await api('POST', '/api/admin/quiz/items', editor, item())).json()
    expect((await api('POST', `/api/admin/quiz/items/${id}/reject`, publisher, { reason: '还没提交' })).statusCode).toBe(409)
    expect((await api('POST', `/api/admin/quiz/items/${id}/submit`, editor)).statusCode).toBe(200)
    expect((await api('POST', `/api/admin/quiz/items/${id}/reject`, editor, { reason: '解析太短' })).statusCode).toBe(403)
    const noReason = await api('POST', `/api/admin/quiz/items/${id}/reject`, publisher, { reason: '' })
    expect(noReason.statusCode).toBe(400)
    expect(noReason.json().error.message).toBe('退回理由要填写，最多 200 个字。')
    expect((await api('POST', `/api/admin/quiz/items/${id}/reject`, publisher, { reason: '解析再写清楚些' })).statusCode).toBe(200)
    expect((await api('GET', `/api/admin/quiz/items/${id}`, editor)).json().status).toBe('draft')
    const log = (await api('GET', '/api/admin/audit?action=quiz.reject', admin)).json()
    expect(JSON.stringify(log)).toContain('解析再写清楚些')

    await api('PUT', `/api/admin/quiz/items/${id}`, editor, item({ explanation: '第二版的解析，写得更清楚：许诺高回报又保本，就是非法集资。' }))
    const restored = await api('POST', `/api/admin/quiz/items/${id}/restore`, editor, { revision: 1 })
    expect(restored.statusCode).toBe(200)
    expect(restored.json()).toMatchObject({ revision: 3, fields: { explanation: item().explanation } })
    expect(restored.json().revisions.map((r: { revision: number }) => r.revision)).toEqual([3, 2, 1])
    expect((await api('POST', `/api/admin/quiz/items/${id}/restore`, editor, { revision: 9 })).statusCode).toBe(404)
  })

  it('keeps the text of a starter item as its first revision when it is first edited', async () => {
    const starter = 'quiz-basics-four-features'
    const before = (await api('GET', `/api/admin/quiz/items/${starter}`, editor)).json()
    expect(before).toMatchObject({ status: 'published', revision: 1, revisions: [] })
    expect((await api('POST', `/api/admin/quiz/items/${starter}/withdraw`, publisher)).statusCode).toBe(200)
    const saved = (await api('PUT', `/api/admin/quiz/items/${starter}?revision=1`, editor, { ...before.fields, difficulty: 2 })).json()
    expect(saved.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1])
    expect((await api('POST', `/api/admin/quiz/items/${starter}/restore`, editor, { revision: 1 })).json().fields).toEqual(before.fields)
  })

  it.each([
    ['an unknown category', item({ category: 'lottery' }), '分类“lottery”不认识'],
    ['an unknown red flag', item({ redFlags: ['high_return', 'guaranteed', 'nope'] }), '红旗“nope”不认识'],
    ['a marked code not among its red flags', item({ redFlags: ['high_return'] }), '广告原文里标出了“承诺保本、无风险”，但本题的红旗里没有选它。'],
    ['a marked code nobody knows', item({ advert: { source: '告示', text: '[[稳赚|sure_thing]]' } }), '广告原文里标出的“sure_thing”不是认识的危险信号，请取消这个标记后重新标出。'],
    [
      'a judge item with two right answers',
      item({
        options: [
          { text: '是', correct: true },
          { text: '不是', correct: true }
        ]
      }),
      '判断题和单选题要正好有一个正确答案。'
    ],
    [
      'a judge item with three options',
      item({
        options: [
          { text: '是', correct: true },
          { text: '不是', correct: false },
          { text: '说不准', correct: false }
        ]
      }),
      '判断题只能有两个选项。'
    ],
    [
      'a flags option with no flag',
      item({
        kind: 'flags',
        advert: undefined,
        options: [
          { text: '高回报', correct: true, flag: 'high_return' },
          { text: '保本', correct: false }
        ],
        redFlags: ['high_return']
      }),
      '多选题的每个选项都要选一个红旗（选项 B 没有）。'
    ],
    ['an unknown field', { ...item(), answer: 'A' }, '提交的内容里有不认识的字段。'],
    [
      'an unknown option field',
      item({
        options: [
          { text: '是', correct: true, score: 5 },
          { text: '不是', correct: false }
        ]
      }),
      '选项里有不认识的字段。'
    ],
    ['a too long prompt', item({ prompt: '长'.repeat(201) }), '题目要填写，最多 200 个字。'],
    ['a too long advert', item({ advert: { source: '告示', text: '长'.repeat(1001) } }), '广告原文要填写，最多 1000 个字。'],
    ['difficulty 4', item({ difficulty: 4 }), '难度只能是 1、2 或 3。'],
    ['an unknown persona', item({ personas: ['boss'] }), '适合人群只能是'],
    ['a single option', item({ options: [{ text: '是', correct: true }] }), '选项要有 2 到 6 个。']
  ])('refuses %s with a Chinese message and writes nothing', async (_what, body, message) => {
    const count = async () => (await api('GET', '/api/admin/quiz/items', editor)).json().items.length as number
    const before = await count()
    const res = await api('POST', '/api/admin/quiz/items', editor, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toContain(message)
    expect(await count()).toBe(before)

    // A save with the same fields is refused the same way and leaves the item as it was.
    const { id } = (await api('POST', '/api/admin/quiz/items', editor, item())).json()
    const save = await api('PUT', `/api/admin/quiz/items/${id}`, editor, body)
    expect({ status: save.statusCode, message: save.json().error.message }).toEqual({ status: 400, message: res.json().error.message })
    expect((await api('GET', `/api/admin/quiz/items/${id}`, editor)).json()).toMatchObject({ revision: 1, fields: item() })
  })

  it('says so plainly for an item that is not there', async () => {
    const res = await api('GET', '/api/admin/quiz/items/no-such-item', editor)
    expect(res.statusCode).toBe(404)
    expect(res.json().error.message).toBe('没有这道题。')
    expect((await api('POST', '/api/admin/quiz/items/no-such-item/submit', editor)).statusCode).toBe(404)
  })
})
