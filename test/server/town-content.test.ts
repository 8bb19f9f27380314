import type { InjectOptions } from 'fastify'
import { Migrator } from 'kysely'
import { migrationsFor } from '../../server/db/migrations'
import { aCase, ADMIN_PASSWORD, anArticle, LANES, signIn, startServer, TestClock, type TestServer } from './helpers'

type Headers = { authorization: string }

const aCampaign = (theme: string, over: Record<string, unknown> = {}) => ({
  theme,
  startsOn: '2026-06-01',
  endsOn: '2026-06-30',
  bannerImageId: null,
  slogans: ['守住钱袋子'],
  articleIds: [],
  caseIds: [],
  ...over
})

const anExposure = (name: string) => ({ name, what: '以高息为诱饵向老人吸收资金。', exposedOn: '2026-06-02', source: '镇防非办', identifiers: [] })

/**
 * Content per town: a town's office writes, publishes and runs its own
 * articles, campaigns and exposures, which its residents see beside the
 * district's; the other towns see neither them nor a way to change them, and
 * no town changes what the district publishes for every town.
 * 北仓镇 (beicang) is a town of its own; 辛口镇 (xinkou) is the first.
 */
describe.each(LANES)('content per town on %s', (lane) => {
  let server: TestServer
  let district: Headers
  let beicang: Headers
  let xinkou: Headers
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))
  const call = (method: string, url: string, headers?: Headers, payload?: object) =>
    server.app.inject({ method: method as InjectOptions['method'], url, headers, payload: method === 'GET' ? undefined : (payload ?? {}) })
  const publishArticle = async (who: Headers, title: string) => {
    const made = await call('POST', '/api/admin/articles', who, anArticle(title))
    expect(made.statusCode).toBe(200)
    const { id, revision } = made.json()
    expect((await call('POST', `/api/admin/articles/${id}/publish`, who, { revision })).statusCode).toBe(200)
    return id as string
  }
  const runCampaign = async (who: Headers, theme: string, over: Record<string, unknown> = {}) => {
    const made = await call('POST', '/api/admin/campaigns', who, aCampaign(theme, over))
    expect(made.statusCode).toBe(200)
    expect((await call('POST', `/api/admin/campaigns/${made.json().id}/publish`, who)).statusCode).toBe(200)
    return made.json().id as string
  }
  // Each test titles its articles with its own word, so that what one test publishes never shows in another's lists.
  const titles = async (town: string, q = '测试') =>
    ((await call('GET', `/api/articles?town=${town}&pageSize=50&q=${encodeURIComponent(q)}`)).json().items as { title: string }[]).map((a) => a.title).sort()
  const showing = async (town?: string) => (await call('GET', `/api/campaigns/showing${town ? `?town=${town}` : ''}`)).json().campaign?.theme ?? null

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    district = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    expect((await call('POST', '/api/admin/users', district, { username: 'dist_pub', displayName: '区发布员', roles: ['publisher'], password: 'dist_pub-password-1' })).statusCode).toBe(200)
    district = await signIn(server.app, 'dist_pub', 'dist_pub-password-1')
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    expect((await call('POST', '/api/admin/towns', admin, { code: 'beicang', name: '北仓镇' })).statusCode).toBe(201)
    for (const [username, town] of [
      ['bc_pub', 'beicang'],
      ['xk_pub', 'xinkou']
    ])
      expect((await call('POST', '/api/admin/users', admin, { username, displayName: username, roles: ['publisher'], password: `${username}-password-1`, town })).statusCode).toBe(200)
    beicang = await signIn(server.app, 'bc_pub', 'bc_pub-password-1')
    xinkou = await signIn(server.app, 'xk_pub', 'xk_pub-password-1')
  })
  afterAll(async () => server.close())

  it("shows residents their town's articles and the district's, never another town's", async () => {
    const pension = async (town: string) => ((await call('GET', `/api/categories?town=${town}`)).json().items as { code: string; count: number }[]).find((c) => c.code === 'pension')!.count
    const before = (await pension('beicang')) - (await pension('xinkou'))
    const everywhere = await publishArticle(district, '阅读：区里的文章')
    const ours = await publishArticle(beicang, '阅读：北仓的文章')
    expect(await titles('beicang', '阅读')).toEqual(['阅读：北仓的文章', '阅读：区里的文章'])
    expect(await titles('xinkou', '阅读')).toEqual(['阅读：区里的文章'])
    // No town named: the default town (辛口镇), as clients made before towns ask.
    expect(((await call('GET', `/api/articles?pageSize=50&q=${encodeURIComponent('阅读')}`)).json().items as unknown[]).length).toBe(1)
    // The summaries say whose each is, for the 区/镇 marks.
    const listed = (await call('GET', `/api/articles?town=beicang&pageSize=50&q=${encodeURIComponent('阅读')}`)).json().items as { id: string; town: string | null }[]
    expect(Object.fromEntries(listed.map((a) => [a.id, a.town]))).toEqual({ [everywhere]: null, [ours]: 'beicang' })
    // Category counts follow the town: the district's article counts in both, the town's in its own.
    expect((await pension('beicang')) - (await pension('xinkou')) - before).toBe(1)
    // A shared link to an article opens wherever the reader lives.
    expect((await call('GET', `/api/articles/${ours}`)).statusCode).toBe(200)
    expect((await call('GET', '/api/articles?town=nowhere')).statusCode).toBe(400)
  })

  it("keeps each town's desk to its own items, and the district's items read-only for towns", async () => {
    const districtsOwn = await publishArticle(district, '测试：区里的第二篇')
    const made = await call('POST', '/api/admin/articles', beicang, anArticle('测试：北仓的草稿'))
    const draft = made.json().id as string
    expect(made.json().town).toBe('beicang')

    const desk = async (who: Headers) => ((await call('GET', '/api/admin/articles', who)).json().items as { id: string; town: string | null }[]).map((a) => a.id)
    expect(await desk(beicang)).toEqual(expect.arrayContaining([draft, districtsOwn]))
    expect(await desk(xinkou)).not.toContain(draft)
    expect(await desk(xinkou)).toContain(districtsOwn)
    expect(await desk(district)).toEqual(expect.arrayContaining([draft, districtsOwn]))

    // Another town's draft, article or case, does not exist for 辛口镇, on every desk route.
    const caseDraft = (await call('POST', '/api/admin/cases', beicang, aCase('测试：北仓的案例草稿'))).json().id as string
    for (const [path, id, fields] of [
      ['articles', draft, anArticle('测试：改别人的')],
      ['cases', caseDraft, aCase('测试：改别人的案例')]
    ] as const)
      for (const [method, suffix, payload] of [
        ['GET', ''],
        ['GET', '/preview'],
        ['PUT', '', fields],
        ['POST', '/submit'],
        ['POST', '/restore', { revision: 1 }],
        ['POST', '/reject', { reason: '不行' }],
        ['POST', '/publish', { revision: 1 }],
        ['POST', '/withdraw']
      ] as [string, string, object?][]) {
        const route = `${method} ${path}${suffix}`
        const res = await call(method, `/api/admin/${path}/${id}${suffix}`, xinkou, payload)
        expect({ route, status: res.statusCode }).toEqual({ route, status: 404 })
      }
    // The district's article: readable by a town, not changeable (403, saying why).
    expect((await call('GET', `/api/admin/articles/${districtsOwn}`, beicang)).statusCode).toBe(200)
    for (const [method, suffix, payload] of [
      ['POST', '/withdraw'],
      ['POST', '/restore', { revision: 1 }]
    ] as [string, string, object?][]) {
      const res = await call(method, `/api/admin/articles/${districtsOwn}${suffix}`, beicang, payload)
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('district_item')
    }
    // The district changes a town's item (it sees and steers every town).
    expect((await call('POST', `/api/admin/articles/${draft}/submit`, district)).statusCode).toBe(200)
  })

  it("runs a town's own campaign for its residents while the others keep the district's", async () => {
    // The district's month started after the town's week: the town's own still comes first for its residents.
    const month = await runCampaign(district, '区里的宣传月', { startsOn: '2026-06-05', quizSeconds: 300 })
    expect(await showing('beicang')).toBe('区里的宣传月')
    expect(await showing('xinkou')).toBe('区里的宣传月')

    const ours = await runCampaign(beicang, '北仓的宣传周', { startsOn: '2026-06-01', endsOn: '2026-06-14', quizSeconds: 120 })
    expect(await showing('beicang')).toBe('北仓的宣传周')
    expect(await showing('xinkou')).toBe('区里的宣传月')
    expect(await showing()).toBe('区里的宣传月')
    expect((await call('GET', '/api/campaigns/current?town=beicang')).json().id).toBe(ours)

    // A round drawn in a town runs on that town's campaign's clock.
    const seconds = async (town: string) => (await call('POST', `/api/quiz/rounds?town=${town}`, undefined, { persona: 'elder' })).json().seconds
    expect(await seconds('beicang')).toBe(120)
    expect(await seconds('xinkou')).toBe(300)

    // The campaign desk: a town sees its own and the district's; changes only its own.
    const listed = async (who: Headers) => ((await call('GET', '/api/admin/campaigns', who)).json().items as { id: string }[]).map((c) => c.id).sort()
    expect(await listed(beicang)).toEqual(expect.arrayContaining([month, ours]))
    expect(await listed(xinkou)).toContain(month)
    expect(await listed(xinkou)).not.toContain(ours)
    expect((await call('GET', `/api/admin/campaigns/${ours}`, xinkou)).statusCode).toBe(404)
    expect((await call('POST', `/api/admin/campaigns/${ours}/withdraw`, xinkou)).statusCode).toBe(404)
    const theirs = await call('POST', `/api/admin/campaigns/${month}/withdraw`, beicang)
    expect(theirs.statusCode).toBe(403)
    expect(theirs.json().error.code).toBe('district_item')
    expect(await showing('xinkou')).toBe('区里的宣传月')

    // A town's campaign features what its residents can read: not another town's article.
    const elsewhere = await publishArticle(xinkou, '测试：辛口的文章')
    const featuring = await call('PUT', `/api/admin/campaigns/${ours}`, beicang, aCampaign('北仓的宣传周', { startsOn: '2026-06-01', endsOn: '2026-06-14', articleIds: [elsewhere] }))
    expect(featuring.statusCode).toBe(400)
    expect(featuring.json().error.code).toBe('unknown_item')
  })

  it("lists and looks up a town's exposures in that town only, and the district's everywhere", async () => {
    expect((await call('POST', '/api/admin/exposures', beicang, anExposure('北仓某养老投资公司'))).statusCode).toBe(200)
    expect((await call('POST', '/api/admin/exposures', district, anExposure('全区某财富管理公司'))).statusCode).toBe(200)
    const names = async (town: string) => ((await call('GET', `/api/exposures?town=${town}`)).json().items as { name: string }[]).map((x) => x.name).sort()
    expect(await names('beicang')).toEqual(expect.arrayContaining(['全区某财富管理公司', '北仓某养老投资公司']))
    expect(await names('xinkou')).toContain('全区某财富管理公司')
    expect(await names('xinkou')).not.toContain('北仓某养老投资公司')
    const found = async (town: string, q: string) => ((await call('POST', `/api/lookup?town=${town}`, undefined, { q })).json().matches as unknown[]).length
    expect(await found('beicang', '北仓某养老投资公司')).toBe(1)
    expect(await found('xinkou', '北仓某养老投资公司')).toBe(0)
    expect(await found('xinkou', '全区某财富管理公司')).toBe(1)

    const entries = async (who: Headers) => (await call('GET', '/api/admin/exposures', who)).json().items as { id: string; name: string; town: string | null }[]
    const ours = (await entries(beicang)).find((x) => x.name === '北仓某养老投资公司')!
    expect(ours.town).toBe('beicang')
    expect((await entries(xinkou)).map((x) => x.name)).not.toContain('北仓某养老投资公司')
    expect((await call('POST', `/api/admin/exposures/${ours.id}/withdraw`, xinkou)).statusCode).toBe(404)
    const districts = (await entries(beicang)).find((x) => x.name === '全区某财富管理公司')!
    expect((await call('PUT', `/api/admin/exposures/${districts.id}`, beicang, anExposure('改名'))).json().error.code).toBe('district_item')
  })

  it('lets a town hide a district item from its own residents, and show it again, while every other town keeps it', async () => {
    const shared = await publishArticle(district, '测试：区里的第三篇')
    const hide = (who: Headers, kind: string, id: string, hidden = true) => call('POST', '/api/admin/town/hidden', who, { kind, id, hidden })
    expect((await hide(beicang, 'article', shared)).statusCode).toBe(200)
    expect(await titles('beicang')).not.toContain('测试：区里的第三篇')
    expect(await titles('xinkou')).toContain('测试：区里的第三篇')
    // The town's desk still lists it, marked hidden, so it can be shown again; the district's desk sees nothing hidden.
    const listed = async (who: Headers) => ((await call('GET', '/api/admin/articles', who)).json().items as { id: string; hidden: boolean }[]).find((a) => a.id === shared)
    expect(await listed(beicang)).toMatchObject({ hidden: true })
    expect(await listed(district)).toMatchObject({ hidden: false })
    expect((await hide(beicang, 'article', shared, false)).statusCode).toBe(200)
    expect(await titles('beicang')).toContain('测试：区里的第三篇')

    // Only for district items, only by a town's account, only for items the town can see.
    const own = await publishArticle(beicang, '测试：北仓的第二篇')
    expect((await hide(beicang, 'article', own)).json().error.code).toBe('own_item')
    expect((await hide(xinkou, 'article', own)).statusCode).toBe(404)
    expect((await hide(district, 'article', shared)).json().error.code).toBe('town_only')
    expect((await hide(beicang, 'article', 'no-such-id')).statusCode).toBe(404)

    // A hidden district campaign gives way; a hidden exposure leaves the town's list and 查一查.
    const latest = await runCampaign(district, '区里的答题周', { startsOn: '2026-06-09' })
    expect(await showing('xinkou')).toBe('区里的答题周')
    expect((await hide(xinkou, 'campaign', latest)).statusCode).toBe(200)
    expect(await showing('xinkou')).not.toBe('区里的答题周')
    expect((await hide(xinkou, 'campaign', latest, false)).statusCode).toBe(200)
    expect(await showing('xinkou')).toBe('区里的答题周')
    const entry = (await call('POST', '/api/admin/exposures', district, anExposure('全区某养生会馆'))).json().id as string
    expect((await hide(xinkou, 'exposure', entry)).statusCode).toBe(200)
    const found = async (town: string) => ((await call('POST', `/api/lookup?town=${town}`, undefined, { q: '全区某养生会馆' })).json().matches as unknown[]).length
    expect(await found('xinkou')).toBe(0)
    expect(((await call('GET', `/api/exposures?town=xinkou&q=${encodeURIComponent('养生会馆')}`)).json().items as unknown[]).length).toBe(0)
    expect(await found('beicang')).toBe(1)
    // Out of the way of the other tests' campaigns.
    expect((await call('POST', `/api/admin/campaigns/${latest}/withdraw`, district)).statusCode).toBe(200)
  })

  it("counts a district campaign's board per town: each town's own total, and two villages of the same name kept apart", async () => {
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    for (const town of ['xinkou', 'beicang']) {
      const profile = (await call('GET', `/api/town?town=${town}`)).json()
      expect((await call('PUT', `/api/admin/town?town=${town}`, admin, { ...profile, villages: ['王庄村', `${town}村`] })).statusCode).toBe(200)
    }
    const month = await runCampaign(district, '区里的答题榜周', { startsOn: '2026-06-09' })
    const board = async (town: string) => {
      const b = (await call('GET', `/api/quiz/board?town=${town}`)).json() as { total: { participants: number }; villages: { village: string; participants: number }[] }
      return { total: b.total.participants, wangzhuang: b.villages.find((v) => v.village === '王庄村')?.participants ?? 0 }
    }
    const before = { xinkou: await board('xinkou'), beicang: await board('beicang') }
    const play = async (town: string, player: string) => {
      const round = (await call('POST', `/api/quiz/rounds?town=${town}`, undefined, { persona: 'elder', village: '王庄村', player })).json()
      clock.advance(30_000)
      const answers = (round.questions as { id: string; options: { id: string }[] }[]).map((q) => ({ questionId: q.id, optionIds: [q.options[0].id] }))
      expect((await call('POST', `/api/quiz/rounds/${round.roundId}/answers`, undefined, { answers })).statusCode).toBe(200)
    }
    await play('beicang', 'player-beicang-1')
    await play('beicang', 'player-beicang-2')
    await play('xinkou', 'player-xinkou-1')
    const after = { xinkou: await board('xinkou'), beicang: await board('beicang') }
    expect(after.beicang.total - before.beicang.total).toBe(2)
    expect(after.beicang.wangzhuang - before.beicang.wangzhuang).toBe(2)
    expect(after.xinkou.total - before.xinkou.total).toBe(1)
    expect(after.xinkou.wangzhuang - before.xinkou.wangzhuang).toBe(1)
    expect((await call('POST', `/api/admin/campaigns/${month}/withdraw`, district)).statusCode).toBe(200)

    // The office's figures: the district compares its towns; a town's account gets its own, whatever it asks for.
    type Stats = { rounds: number; byTown: { name: string; rounds: number }[]; byVillage: { name: string; rounds: number }[] }
    const stats = async (who: Headers, town?: string) => (await call('GET', `/api/admin/quiz/stats?from=2026-06-01&to=2026-06-30${town ? `&town=${town}` : ''}`, who)).json() as Stats
    const whole = await stats(district, 'district')
    expect(whole.byTown.map((t) => t.name).sort()).toEqual(['beicang', 'xinkou'])
    expect(whole.rounds).toBe(whole.byTown.reduce((n, t) => n + t.rounds, 0))
    expect(whole.byVillage).toEqual([])
    const theirs = await stats(beicang, 'xinkou')
    expect(theirs.rounds).toBe(whole.byTown.find((t) => t.name === 'beicang')!.rounds)
    expect(theirs.byTown).toEqual([])
    expect(theirs.byVillage.find((v) => v.name === '王庄村')!.rounds).toBeGreaterThanOrEqual(2)
    // Without town=, the default town, as before towns.
    expect((await stats(district)).rounds).toBe(whole.byTown.find((t) => t.name === 'xinkou')!.rounds)
    const csv = (await call('GET', '/api/admin/quiz/stats.csv?from=2026-06-01&to=2026-06-30&town=district', district)).body
    expect(csv).toContain('"镇（街道）","轮数","平均分"')
    expect(csv).toContain('"北仓镇"')
  })

  it('refuses to go back below towns in content, hiding or quiz rounds while that would lose or merge what a town has', async () => {
    const migrator = new Migrator({ db: server.app.db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    const shared = await publishArticle(district, '测试：区里的第四篇')
    await publishArticle(beicang, '测试：北仓的第三篇')
    expect((await call('POST', '/api/admin/town/hidden', xinkou, { kind: 'article', id: shared, hidden: true })).statusCode).toBe(200)
    // A round drawn in a town: going back would merge the towns' boards.
    expect((await call('POST', '/api/quiz/rounds?town=beicang', undefined, { persona: 'elder' })).statusCode).toBe(200)
    expect(String((await migrator.migrateTo('20270103T0900-town-hidden')).error)).toContain('别的镇（街道）的答题')
    // As if every round had been the first town's, to reach the next guard.
    await server.app.db.updateTable('quiz_rounds').set({ town: 'xinkou' }).execute()
    const hiding = await migrator.migrateTo('20270102T0900-content-towns')
    expect(String(hiding.error)).toContain('隐藏了区里的内容')
    await server.app.db.deleteFrom('town_hidden').execute()
    expect((await migrator.migrateTo('20270102T0900-content-towns')).error).toBeUndefined()
    const result = await migrator.migrateTo('20270101T0900-staff-towns')
    expect(String(result.error)).toContain('属于别的镇（街道）的内容')
    expect((await migrator.migrateToLatest()).error).toBeUndefined()
    expect((await server.app.db.selectFrom('articles').select('town').where('town', '=', 'beicang').execute()).length).toBeGreaterThan(0)
    expect(await titles('xinkou')).not.toContain('测试：北仓的第三篇')
  })
})
