import sharp from 'sharp'
import { aCase, ADMIN_PASSWORD, anArticle, LANES, multipartFile, signIn, startServer, staffWith, TestClock, type TestServer } from './helpers'

// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const multipart = (filename: string, type: string, data: Buffer) => multipartFile(data, filename, type)

describe.each(LANES)('publishing on %s', (lane) => {
  let server: TestServer
  let editor: { authorization: string }
  let publisher: { authorization: string }
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    editor = await staffWith(server.app, 'editor_wang', ['editor'])
    publisher = await staffWith(server.app, 'publisher_li', ['publisher'])
  })
  afterAll(async () => server.close())

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers?: Record<string, string>, payload?: object) => server.app.inject({ method, url, headers, payload })
  const publicTitles = async () => ((await api('GET', '/api/articles?pageSize=50')).json().items as { title: string }[]).map((a) => a.title)

  it('takes a draft through review to residents, and back out, with the cached list following at once', async () => {
    expect(await publicTitles()).not.toContain('新写的养老提醒') // warms the cache
    const created = await api('POST', '/api/admin/articles', editor, anArticle('新写的养老提醒'))
    expect(created.statusCode).toBe(200)
    const { id, status, revision } = created.json()
    expect({ status, revision }).toEqual({ status: 'draft', revision: 1 })

    const preview = (await api('GET', `/api/admin/articles/${id}/preview`, editor)).json()
    expect(preview).toMatchObject({ id, title: '新写的养老提醒', body: anArticle('').body, redFlags: [{ code: 'pension', label: expect.any(String) }] })
    expect((await api('GET', `/api/articles/${id}`)).statusCode).toBe(404)

    expect((await api('POST', `/api/admin/articles/${id}/submit`, editor)).statusCode).toBe(200)
    expect((await api('POST', `/api/admin/articles/${id}/publish`, editor, {})).statusCode).toBe(403)
    expect((await api('POST', `/api/admin/articles/${id}/publish`, publisher, { revision })).statusCode).toBe(200)
    expect(await publicTitles()).toContain('新写的养老提醒')
    expect((await api('GET', `/api/articles/${id}`)).json().title).toBe('新写的养老提醒')

    const again = await api('POST', `/api/admin/articles/${id}/publish`, publisher, { revision })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.message).toContain('已发布')
    expect((await api('PUT', `/api/admin/articles/${id}`, editor, anArticle('改一改'))).statusCode).toBe(409)

    expect((await api('POST', `/api/admin/articles/${id}/withdraw`, publisher)).statusCode).toBe(200)
    expect(await publicTitles()).not.toContain('新写的养老提醒')
    expect((await api('GET', `/api/articles/${id}`)).statusCode).toBe(404)
  })

  it('publishes a scheduled item by itself when its time comes, with no restart', async () => {
    const { id } = (await api('POST', '/api/admin/articles', editor, anArticle('定时发布的提醒'))).json()
    const at = new Date(clock.t.getTime() + 3600 * 1000).toISOString()
    expect((await api('POST', `/api/admin/articles/${id}/publish`, publisher, { at, revision: 1 })).statusCode).toBe(200)
    expect((await api('GET', `/api/admin/articles/${id}`, publisher)).json()).toMatchObject({ status: 'published', scheduled: true, publishedAt: at })
    expect(await publicTitles()).not.toContain('定时发布的提醒')
    clock.advance(59 * 60 * 1000)
    expect(await publicTitles()).not.toContain('定时发布的提醒')
    clock.advance(2 * 60 * 1000)
    expect(await publicTitles()).toContain('定时发布的提醒')
    expect((await api('GET', `/api/articles/${id}`)).statusCode).toBe(200)
  })

  it('keeps every save as a revision and restores an earlier one as a new revision', async () => {
    const { id } = (await api('POST', '/api/admin/articles', editor, anArticle('第一版标题'))).json()
    await api('PUT', `/api/admin/articles/${id}`, editor, anArticle('第二版标题'))
    const third = (await api('PUT', `/api/admin/articles/${id}?revision=2`, editor, anArticle('第三版标题'))).json()
    expect(third.revision).toBe(3)
    const stale = await api('PUT', `/api/admin/articles/${id}?revision=2`, editor, anArticle('过时的改动'))
    expect(stale.statusCode).toBe(409)

    const restored = await api('POST', `/api/admin/articles/${id}/restore`, editor, { revision: 1 })
    expect(restored.statusCode).toBe(200)
    expect(restored.json()).toMatchObject({ revision: 4, fields: { title: '第一版标题' } })
    expect(restored.json().revisions.map((r: { revision: number }) => r.revision)).toEqual([4, 3, 2, 1])
    expect((await api('POST', `/api/admin/articles/${id}/restore`, editor, { revision: 99 })).statusCode).toBe(404)
  })

  it('refuses bad input clearly and writes nothing', async () => {
    const count = async () => (await api('GET', '/api/admin/articles', editor)).json().items.length
    const before = await count()
    const script = await api('POST', '/api/admin/articles', editor, { ...anArticle('带脚本'), body: '你好<script>alert(1)</script>' })
    expect(script.statusCode).toBe(400)
    expect(script.json().error.message).toContain('网页代码')
    const huge = await api('POST', '/api/admin/articles', editor, { ...anArticle('太长'), body: '长'.repeat(600000) })
    expect(huge.statusCode).toBe(413)
    expect(huge.json().error.message).toBe('提交的内容太大了。')
    const tooLong = await api('POST', '/api/admin/articles', editor, { ...anArticle('较长'), body: '长'.repeat(20001) })
    expect(tooLong.statusCode).toBe(400)
    expect(tooLong.json().error.message).toContain('正文')
    const extra = await api('POST', '/api/admin/articles', editor, { ...anArticle('多字段'), author: '谁' })
    expect(extra.statusCode).toBe(400)
    const missingImage = await api('POST', '/api/admin/articles', editor, { ...anArticle('缺图'), body: '![传单](image:inothere)' })
    expect(missingImage.statusCode).toBe(400)
    expect(missingImage.json().error.message).toContain('图片不存在')
    const badCase = await api('POST', '/api/admin/cases', editor, {
      ...aCase('题目不对'),
      question: { prompt: '题', options: ['甲', '乙'], answer: 3, explanation: '因为' }
    })
    expect(badCase.statusCode).toBe(400)
    // Bodies are taken as sent: a string is not quietly turned into a boolean.
    const coerced = await api('POST', '/api/admin/cases', editor, { ...aCase('类型不对'), featured: 'yes' })
    expect(coerced.statusCode).toBe(400)
    expect(coerced.json().error.message).toContain('首页推荐')
    expect(await count()).toBe(before)
    for (const url of ['/api/admin/articles/nope', '/api/admin/articles/nope/preview']) expect((await api('GET', url, editor)).statusCode).toBe(404)
    expect((await api('POST', '/api/admin/articles/nope/publish', publisher, { revision: 1 })).statusCode).toBe(404)
  })

  it('says of every case whether it happened: a real one names its public source, an illustrative one is never set in this town', async () => {
    const unsourced = await api('POST', '/api/admin/cases', editor, aCase('没写来源的真实案例', { kind: 'real' }))
    expect(unsourced.statusCode).toBe(400)
    expect(unsourced.json().error.message).toContain('公开来源')
    const here = await api('POST', '/api/admin/cases', editor, aCase('写在本地的情景案例', { story: '辛口镇的老人听信[[养老项目稳赚|pension]]，交了钱。' }))
    expect(here.statusCode).toBe(400)
    expect(here.json().error.message).toContain('“辛口镇”')
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const town = (await api('GET', '/api/town')).json()
    expect((await api('PUT', '/api/admin/town', admin, { ...town, villages: ['王家庄村'] })).statusCode).toBe(200)
    const village = await api('POST', '/api/admin/cases', editor, aCase('写在村里的情景案例', { lesson: '王家庄村的乡亲要当心。' }))
    expect(village.json().error.message).toContain('“王家庄村”')
    // "村里" reads as "our village" on a village committee's screen, whatever the profile lists.
    expect(village.json().error.message).toContain('“村里”')
    expect((await api('PUT', '/api/admin/town', admin, town)).statusCode).toBe(200)

    const source = { kind: 'real', source: '某某区人民法院', sourceUrl: 'https://court.example.cn/case/1' }
    const real = await api('POST', '/api/admin/cases', editor, aCase('有来源的真实案例', source))
    expect(real.statusCode).toBe(200)
    const { id, revision, fields } = real.json()
    expect(fields).toMatchObject(source)
    expect((await api('POST', `/api/admin/cases/${id}/publish`, publisher, { revision })).statusCode).toBe(200)
    expect((await api('GET', `/api/cases/${id}`)).json()).toMatchObject(source)
    const listed = ((await api('GET', '/api/cases?pageSize=50')).json().items as { id: string; kind: string }[]).find((c) => c.id === id)
    expect(listed?.kind).toBe('real')
  })

  it('accepts real pictures only, and shows them in a body', async () => {
    const up = await server.app.inject({
      method: 'POST',
      url: '/api/admin/images',
      ...{ headers: { ...editor, ...multipart('flyer.png', 'image/png', PNG).headers } },
      payload: multipart('flyer.png', 'image/png', PNG).payload
    })
    expect(up.statusCode).toBe(200)
    const image = up.json()
    expect(image).toMatchObject({ mime: 'image/png', width: 1, height: 1 })
    const fake = multipart('flyer.png', 'image/png', Buffer.from('<svg onload="alert(1)"></svg>'))
    const refused = await server.app.inject({ method: 'POST', url: '/api/admin/images', headers: { ...editor, ...fake.headers }, payload: fake.payload })
    expect(refused.statusCode).toBe(415)
    expect(refused.json().error.message).toContain('只能上传')
    const big = multipart('big.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]))
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/images', headers: { ...editor, ...big.headers }, payload: big.payload })).statusCode).toBe(413)

    const served = await api('GET', `/api/images/${image.id}`)
    expect(served.statusCode).toBe(200)
    expect(served.headers['content-type']).toBe('image/png')
    expect(await sharp(served.rawPayload).metadata()).toMatchObject({ format: 'png', width: 1, height: 1 })
    const withPicture = await api('POST', '/api/admin/articles', editor, { ...anArticle('有图的文章'), body: `看这张传单：\n\n![传单](image:${image.id})` })
    expect(withPicture.statusCode).toBe(200)
  })
})

describe.each(LANES)('campaigns and exposures on %s', (lane) => {
  let server: TestServer
  let publisher: { authorization: string }
  const clock = new TestClock(new Date('2026-05-20T04:00:00Z'))

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    publisher = await staffWith(server.app, 'publisher_zhao', ['publisher'])
  })
  afterAll(async () => server.close())

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, headers?: Record<string, string>, payload?: object) => server.app.inject({ method, url, headers, payload })

  it('shows a published campaign as coming, then running, then gone, by Beijing dates', async () => {
    const article = (await api('GET', '/api/articles?pageSize=1')).json().items[0]
    const campaign = {
      theme: '守住钱袋子·护好幸福家',
      startsOn: '2026-06-01',
      endsOn: '2026-06-30',
      bannerImageId: null,
      slogans: ['高息诱惑是陷阱', '投资理财找正规机构'],
      articleIds: [article.id],
      caseIds: []
    }
    const created = await api('POST', '/api/admin/campaigns', publisher, campaign)
    expect(created.statusCode).toBe(200)
    const { id } = created.json()
    expect(created.json().bannerImageId).toBeNull() // a JSON null stays null, never ""
    expect((await api('GET', '/api/campaigns/next')).statusCode).toBe(404) // still a draft
    // Home asks once, and "none" is an answer, not an error.
    const none = await api('GET', '/api/campaigns/showing')
    expect([none.statusCode, none.json()]).toEqual([200, { campaign: null }])
    expect((await api('POST', `/api/admin/campaigns/${id}/publish`, publisher)).statusCode).toBe(200)
    expect((await api('GET', '/api/campaigns/current')).statusCode).toBe(404)
    // Unnamed, it goes by the national name (the banner says 防范非法金融活动宣传月); the office may name its own.
    expect((await api('GET', '/api/campaigns/next')).json()).toMatchObject({ id, name: '', theme: campaign.theme, slogans: campaign.slogans, articles: [{ id: article.id }] })
    expect((await api('PUT', `/api/admin/campaigns/${id}`, publisher, { ...campaign, name: '辛口镇防非宣传月' })).statusCode).toBe(200)
    expect((await api('GET', '/api/campaigns/next')).json().name).toBe('辛口镇防非宣传月')
    expect((await api('GET', '/api/campaigns/showing')).json().campaign).toMatchObject({ id, name: '辛口镇防非宣传月' }) // the next one, none running

    clock.t = new Date('2026-05-31T16:00:00Z') // 00:00 on 1 June in Beijing
    expect((await api('GET', '/api/campaigns/current')).json().id).toBe(id)
    expect((await api('GET', '/api/campaigns/showing')).json().campaign).toMatchObject({ id, articles: [{ id: article.id }] })
    clock.t = new Date('2026-06-30T15:59:00Z') // 23:59 on 30 June in Beijing
    expect((await api('GET', '/api/campaigns/current')).json().id).toBe(id)
    clock.t = new Date('2026-06-30T16:00:00Z')
    const over = await api('GET', '/api/campaigns/current')
    expect(over.statusCode).toBe(404)
    expect(over.json().error.message).toContain('没有正在进行')
    expect((await api('GET', '/api/campaigns/showing')).json()).toEqual({ campaign: null })

    // Weeks have passed on the test clock: sign in again.
    publisher = await signIn(server.app, 'publisher_zhao', 'publisher_zhao-password-123')
    const badDates = await api('PUT', `/api/admin/campaigns/${id}`, publisher, { ...campaign, endsOn: '2026-05-01' })
    expect(badDates.statusCode).toBe(400)
    expect(badDates.json().error.message).toContain('结束日期')
  })

  it('lets residents search the exposure list by name; withdrawn entries disappear', async () => {
    const entry = { name: '某某财富管理有限公司', what: '以“保本高息”为诱饵向老年人吸收资金', exposedOn: '2026-05-01', source: '镇防范非法集资领导小组办公室' }
    const created = (await api('POST', '/api/admin/exposures', publisher, entry)).json()
    await api('POST', '/api/admin/exposures', publisher, { ...entry, name: '另一家养生馆' })
    const found = (await api('GET', `/api/exposures?q=${encodeURIComponent('财富')}`)).json()
    expect(found.items).toEqual([{ id: created.id, ...entry, identifiers: [], town: null }])
    expect((await api('POST', `/api/admin/exposures/${created.id}/withdraw`, publisher)).statusCode).toBe(200)
    expect((await api('GET', `/api/exposures?q=${encodeURIComponent('财富')}`)).json().total).toBe(0)
    expect((await api('GET', `/api/exposures?q=${'名'.repeat(101)}`)).statusCode).toBe(400)
  })
})

describe('town profile', () => {
  it("feeds the hotline and lists the plan's member units; admins edit it, audited", async () => {
    const server = await startServer('sqlite')
    try {
      const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
      expect(town).toMatchObject({ name: '辛口镇', villages: [], units: expect.arrayContaining(['经济办', '宣传办', '派出所']) })
      expect(town.units).toHaveLength(12)
      const admin = await staffWith(server.app, 'town_admin', ['admin'])
      const next = { ...town, hotlinePhone: '022-66668888', hotlineHours: '1-5 09:00-17:00', villages: ['辛口村', '大沙窝村'] }
      expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: next })).statusCode).toBe(200)
      expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json()).toMatchObject({ phone: '022-66668888', hours: '周一至周五 9:00-17:00' })
      const bad = await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...next, hotlineHours: '早九晚五' } })
      expect(bad.statusCode).toBe(400)
      expect(bad.json().error.message).toContain('办公时间格式不对')
      const log = (await server.app.inject({ method: 'GET', url: '/api/admin/audit?action=town.update', headers: admin })).json()
      expect(log.items[0].detail.changed).toEqual(['hotlinePhone', 'hotlineHours', 'villages'])
    } finally {
      await server.close()
    }
  })
})
