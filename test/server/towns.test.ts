import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Migrator } from 'kysely'
import { connect } from '../../server/db/connect'
import { migrationsFor } from '../../server/db/migrations'
import { aTip, CHINESE, freshPostgres, LANES, proofOfWork, startServer, staffWith, type TestServer } from './helpers'

describe.each(LANES)('towns of a district on %s', (lane) => {
  let server: TestServer
  let admin: { authorization: string }
  const get = (url: string) => server.app.inject({ method: 'GET', url })

  beforeAll(async () => {
    server = await startServer(lane, { HOTLINE_PHONE: '022-27391234' })
    admin = await staffWith(server.app, 'district_admin', ['admin'])
  })
  afterAll(async () => server.close())

  it('starts with the configured town as the only one and the default', async () => {
    expect((await get('/api/towns')).json()).toEqual({ items: [{ code: 'xinkou', name: '辛口镇' }] })
    expect((await get('/api/town?town=xinkou')).json()).toEqual((await get('/api/town')).json())
  })

  it('lets an admin add a town, which gets a profile of its own that its office fills in', async () => {
    const made = await server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'zhangjiawo', name: '张家窝镇' } })
    expect(made.statusCode).toBe(201)
    expect(made.json()).toEqual({ code: 'zhangjiawo', name: '张家窝镇' })
    expect((await get('/api/towns')).json().items).toEqual([
      { code: 'xinkou', name: '辛口镇' },
      { code: 'zhangjiawo', name: '张家窝镇' }
    ])
    const fresh = (await get('/api/town?town=zhangjiawo')).json()
    expect(fresh).toMatchObject({ name: '张家窝镇', hotlinePhone: '', hotlineHours: '', hotlineAddress: '', villages: [] })
    expect(fresh.units).toContain('派出所')
    // No number yet: the new town's residents are not shown the first town's.
    expect((await get('/api/hotline?town=zhangjiawo')).json().phone).toBeNull()

    const set = await server.app.inject({ method: 'PUT', url: '/api/admin/town?town=zhangjiawo', headers: admin, payload: { ...fresh, hotlinePhone: '022-27941111', villages: ['张家窝村', '高村'] } })
    expect(set.statusCode).toBe(200)
    expect((await get('/api/hotline?town=zhangjiawo')).json().phone).toBe('022-27941111')
    // The first town is untouched, by name and by default.
    expect((await get('/api/hotline')).json().phone).toBe('022-27391234')
    expect((await get('/api/hotline?town=xinkou')).json().phone).toBe('022-27391234')
    expect((await get('/api/town')).json()).toMatchObject({ name: '辛口镇', villages: [] })

    const audit = (await server.app.inject({ method: 'GET', url: '/api/admin/audit?action=town.create', headers: admin })).json()
    expect(audit.items[0]).toMatchObject({ action: 'town.create', targetId: 'zhangjiawo' })
  })

  it("checks a quiz player's village against the town the request names, and shows that town's villages on the board", async () => {
    const draw = (town: string, village: string) => server.app.inject({ method: 'POST', url: `/api/quiz/rounds${town}`, payload: { persona: 'elder', village } })
    expect((await draw('?town=zhangjiawo', '高村')).statusCode).toBe(200)
    const elsewhere = await draw('?town=zhangjiawo', '辛口村')
    expect(elsewhere.statusCode).toBe(400)
    expect(elsewhere.json().error.code).toBe('unknown_village')
    // The first town has listed no villages yet, so a typed name is taken as before.
    expect((await draw('', '高村')).statusCode).toBe(200)
  })

  it('refuses a town no one has made, a malformed code and the reserved one, in Chinese', async () => {
    for (const url of ['/api/hotline?town=nowhere', '/api/town?town=nowhere', '/api/quiz/board?town=nowhere']) {
      const res = await get(url)
      expect(res.statusCode).toBe(400)
      expect(res.json().error.message).toMatch(CHINESE)
    }
    expect((await get('/api/hotline?town=Not%20A%20Code')).statusCode).toBe(400)
    const post = (payload: object) => server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload })
    for (const [payload, code] of [
      [{ code: 'district', name: '区本级' }, 'reserved_code'],
      [{ code: 'xinkou', name: '另一个镇' }, 'town_code_taken'],
      [{ code: 'xinkou2', name: '辛口镇' }, 'town_name_taken']
    ] as const) {
      const res = await post(payload)
      expect(res.statusCode).toBeGreaterThanOrEqual(400)
      expect(res.statusCode).toBeLessThan(500)
      expect(res.json().error.code).toBe(code)
      expect(res.json().error.message).toMatch(CHINESE)
    }
    const bad = await post({ code: 'Zhang Jia', name: '张家镇' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.message).toContain('小写字母')
    const profile: object = (await get('/api/town?town=zhangjiawo')).json()
    const renamed = await server.app.inject({ method: 'PUT', url: '/api/admin/town?town=zhangjiawo', headers: admin, payload: { ...profile, name: '辛口镇' } })
    expect(renamed.statusCode).toBe(409)
  })

  it("sends a tip or feedback to the town named, to the district's office for district, to the first town for none", async () => {
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'liqizhuang', name: '李七庄街' } })).statusCode).toBe(201)
    const file = async (query: string, path = '/api/tips', body: object = aTip()) =>
      server.app.inject({ method: 'POST', url: `${path}${query}`, payload: { ...body, pow: await proofOfWork(server.app) } })
    expect((await file('?town=liqizhuang', '/api/tips', aTip({ organisation: '李七庄某理财' }))).statusCode).toBe(201)
    expect((await file('?town=district', '/api/tips', aTip({ organisation: '不知哪个镇的某公司' }))).statusCode).toBe(201)
    expect((await file('', '/api/tips', aTip({ organisation: '辛口某合作社' }))).statusCode).toBe(201)
    expect((await file('?town=liqizhuang', '/api/feedback', { topic: 'app', what: '字可以再大一点。' })).statusCode).toBe(201)
    const nowhere = await file('?town=nowhere')
    expect(nowhere.statusCode).toBe(400)
    expect(nowhere.json().error.code).toBe('unknown_town')

    const handler = await staffWith(server.app, 'town_handler', ['tip_handler'])
    const desk = async (query: string) =>
      (await server.app.inject({ method: 'GET', url: `/api/admin/tips?kind=tip${query}`, headers: handler })).json().items as { town: string | null; content: { organisation: string } }[]
    expect((await desk('&town=liqizhuang')).map((t) => [t.town, t.content.organisation])).toEqual([['liqizhuang', '李七庄某理财']])
    expect((await desk('&town=district')).map((t) => [t.town, t.content.organisation])).toEqual([[null, '不知哪个镇的某公司']])
    expect((await desk('&town=xinkou')).map((t) => t.content.organisation)).toEqual(['辛口某合作社'])
    expect(await desk('')).toHaveLength(3)
    const feedback = (await server.app.inject({ method: 'GET', url: '/api/admin/tips?kind=feedback&town=liqizhuang', headers: handler })).json().items
    expect(feedback).toHaveLength(1)
  })

  it('lets only admins add towns', async () => {
    const editor = await staffWith(server.app, 'town_editor', ['editor', 'publisher', 'tip_handler'])
    const payload = { code: 'dasiwa', name: '大寺镇' }
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/towns', payload })).statusCode).toBe(401)
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: editor, payload })).statusCode).toBe(403)
    expect((await get('/api/towns')).json().items.map((t: { code: string }) => t.code)).not.toContain('dasiwa')
  })
})

describe.each(LANES)('the towns migration on %s', (lane) => {
  it("makes a one-town database's profile the first town, under the configured code, and can go back", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-towns-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    const profile = { name: '辛口镇', hotlinePhone: '022-27391234', hotlineHours: '1-5 08:30-17:30', hotlineAddress: '镇政府一楼', villages: ['辛口村', '大沙窝村'], units: ['经济办', '派出所'] }
    try {
      expect((await migrator.migrateTo('20261229T0900-quiz-question-check')).error).toBeUndefined()
      await db
        .insertInto('settings')
        .values({ key: 'town', value: JSON.stringify(profile), updated_at: '2026-12-01T00:00:00.000Z' })
        .execute()
      const at = '2026-12-01T00:00:00.000Z'
      // A tip as filed before towns: the row has no town column yet (hence the cast).
      await db
        .insertInto('tips')
        .values({
          id: 't-old',
          kind: 'tip',
          lookup: 'l-old',
          status: 'new',
          unit: null,
          key_office: 'k',
          key_tipster: 'k',
          sealed: 's',
          created_at: at,
          updated_at: at,
          closed_at: null,
          spam_at: null
        } as never)
        .execute()
      expect((await migrator.migrateTo('20261230T0900-towns')).error).toBeUndefined()
      const [town] = await db.selectFrom('towns').selectAll().execute()
      expect({ ...town, profile: JSON.parse(town.profile) }).toEqual({
        code: 'xinkou',
        name: '辛口镇',
        profile: { hotlinePhone: '022-27391234', hotlineHours: '1-5 08:30-17:30', hotlineAddress: '镇政府一楼', villages: ['辛口村', '大沙窝村'], units: ['经济办', '派出所'] },
        position: 0,
        created_at: '2026-12-01T00:00:00.000Z',
        updated_at: '2026-12-01T00:00:00.000Z'
      })
      expect(await db.selectFrom('settings').select('key').where('key', '=', 'town').executeTakeFirst()).toBeUndefined()
      expect(await db.selectFrom('tips').select(['id', 'town']).execute()).toEqual([{ id: 't-old', town: 'xinkou' }])
      expect((await migrator.migrateTo('20261229T0900-quiz-question-check')).error).toBeUndefined()
      const back = await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirstOrThrow()
      expect(JSON.parse(back.value)).toEqual(profile)
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
