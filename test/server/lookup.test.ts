import { CHINESE, fileTip, LANES, startServer, staffWith, TestClock, type TestServer } from './helpers'

describe.each(LANES)('查一查 (POST /api/lookup) on %s', (lane) => {
  let server: TestServer
  let publisher: { authorization: string }
  const clock = new TestClock(new Date('2026-05-20T04:00:00Z'))
  const entry = {
    name: '天津某某财富管理有限公司',
    what: '以“保本高息”为诱饵向老年人吸收资金，已被区金融局约谈。',
    exposedOn: '2026-05-01',
    source: '镇防范非法集资领导小组办公室',
    identifiers: ['022-2739 1234', '+86 138 0013 8000', 'https://www.moumou-caifu.com/', '微信号：MouMou_888']
  }

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    publisher = await staffWith(server.app, 'publisher_lookup', ['publisher'])
  })
  afterAll(async () => server.close())

  const lookup = (payload: unknown, ip = '203.0.113.9') => server.app.inject({ method: 'POST', url: '/api/lookup', payload: payload as object, remoteAddress: ip })
  const publish = async (over: Record<string, unknown> = {}) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/admin/exposures', headers: publisher, payload: { ...entry, ...over } })
    expect(res.statusCode).toBe(200)
    return res.json().id as string
  }
  const names = async (q: string) => ((await lookup({ q })).json().matches as { exposure: { name: string } }[]).map((m) => m.exposure.name)

  it('finds a published entry however a resident types its name, number, link or account, and says what the office published', async () => {
    const id = await publish()
    const res = await lookup({ q: '天津某某财富管理有限责任公司' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      query: { kind: 'name', key: '天津某某财富管理' },
      partial: null,
      matches: [{ exposure: { id, ...entry, town: null }, matched: entry.name, kind: 'name' }]
    })
    for (const q of ['某某财富', '１３８－００１３－８０００', '8613800138000', '27391234', 'moumou-caifu.com/plan?id=1', 'ＭＯＵＭＯＵ＿888']) {
      expect({ q, names: await names(q) }).toEqual({ q, names: [entry.name] })
    }
    expect((await lookup({ q: '138 0013 8000' })).json().matches[0]).toMatchObject({ matched: '+86 138 0013 8000', kind: 'number' })
  })

  it('finds nothing for what the list does not hold, and says when a name was too short or too common to look for in part', async () => {
    expect((await lookup({ q: '13900001111' })).json()).toEqual({ query: { kind: 'number', key: '13900001111' }, partial: null, matches: [] })
    expect((await lookup({ q: '某某' })).json()).toMatchObject({ partial: 'short', matches: [] })
    expect((await lookup({ q: '财富管理' })).json()).toMatchObject({ partial: 'generic', matches: [] })
  })

  it('follows the office: an edit, a withdrawal and a new entry show at the next lookup', async () => {
    const id = await publish({ name: '福寿康养老服务中心', identifiers: [] })
    expect(await names('fushoukang.cn')).toEqual([])
    expect(
      (await server.app.inject({ method: 'PUT', url: `/api/admin/exposures/${id}`, headers: publisher, payload: { ...entry, name: '福寿康养老服务中心', identifiers: ['fushoukang.cn'] } })).statusCode
    ).toBe(200)
    expect(await names('https://www.fushoukang.cn/')).toEqual(['福寿康养老服务中心'])
    expect((await server.app.inject({ method: 'POST', url: `/api/admin/exposures/${id}/withdraw`, headers: publisher })).statusCode).toBe(200)
    expect(await names('福寿康养老')).toEqual([])
    expect((await server.app.inject({ method: 'POST', url: `/api/admin/exposures/${id}/publish`, headers: publisher })).statusCode).toBe(200)
    expect(await names('福寿康养老')).toEqual(['福寿康养老服务中心'])
  })

  it('never searches tips: an organisation named only in a tip is not found, so nobody learns it was reported', async () => {
    await fileTip(server.app, { organisation: '隐秘鑫源合作社' })
    // The same answer as for a name nobody ever reported.
    expect((await lookup({ q: '隐秘鑫源合作社' })).json()).toEqual({ query: { kind: 'name', key: '隐秘鑫源合作社' }, partial: null, matches: [] })
    expect((await lookup({ q: '从未听说合作社' })).json()).toEqual({ query: { kind: 'name', key: '从未听说合作社' }, partial: null, matches: [] })
  })

  it('keeps an entry made by a client that sends no identifiers, with none', async () => {
    const { identifiers: _, ...old } = entry
    const res = await server.app.inject({ method: 'POST', url: '/api/admin/exposures', headers: publisher, payload: { ...old, name: '老客户端测试商行' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().identifiers).toEqual([])
    expect((await lookup({ q: '老客户端测试商行' })).json().matches[0].exposure.identifiers).toEqual([])
  })

  it.each([
    [{ identifiers: ['12'] }, '查不出来'],
    [{ identifiers: ['  '] }, '空行'],
    [{ identifiers: Array.from({ length: 11 }, (_, i) => `1380013800${i}`) }, '最多 10 项'],
    [{ identifiers: ['x'.repeat(101)] }, '最多 10 项，每项最多 100 个字']
  ])('refuses an entry with identifiers %j, in Chinese', async (over, message) => {
    const res = await server.app.inject({ method: 'POST', url: '/api/admin/exposures', headers: publisher, payload: { ...entry, ...over } })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toContain(message)
  })

  it.each([
    [{ q: '' }, '请输入要查的'],
    [{ q: '字'.repeat(101) }, '最多 100 个字'],
    [{ q: 'a\u0000b' }, '无法识别'],
    [{ q: '？？——' }, '没看懂要查什么'],
    [{ q: '110' }, '没看懂要查什么'],
    [{}, '必填'],
    [{ q: 'x', extra: 1 }, '不认识的字段']
  ])('refuses %j with a Chinese message', async (payload, message) => {
    const res = await lookup(payload)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toContain(message)
    expect(res.json().error.message).toMatch(CHINESE)
  })

  it('limits each address to 60 lookups a minute, in Chinese, and lets others through', async () => {
    const ip = '198.51.100.77'
    for (let i = 0; i < 60; i++) expect((await lookup({ q: `1380013${String(i).padStart(4, '0')}` }, ip)).statusCode).toBe(200)
    const refused = await lookup({ q: '13800138000' }, ip)
    expect(refused.statusCode).toBe(429)
    expect(refused.json().error.message).toContain('尝试太频繁')
    expect((await lookup({ q: '13800138000' }, '198.51.100.78')).statusCode).toBe(200)
  })
})
