import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Migrator } from 'kysely'
import { connect } from '../../server/db/connect'
import { migrationsFor } from '../../server/db/migrations'
import { randomBytes, type KeyObject } from 'node:crypto'
import { encrypt, seal, unseal } from '../../server/modules/keys/crypto'
import { tokenHash } from '../../server/modules/staff/service'
import { ADMIN_PASSWORD, aTip, cameraPhoto, CHINESE, freshPostgres, LANES, multipartFile, photoProof, proofOfWork, rowIdOf, signIn, startServer, staffWith, type TestServer } from './helpers'

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
    // A write may name its town in the body instead; it is not kept in what the tipster wrote.
    expect((await file('', '/api/tips', { ...aTip({ organisation: '李七庄某养生馆' }), town: 'liqizhuang' })).statusCode).toBe(201)
    const nowhere = await file('?town=nowhere')
    expect(nowhere.statusCode).toBe(400)
    expect(nowhere.json().error.code).toBe('unknown_town')

    const handler = await staffWith(server.app, 'town_handler', ['tip_handler'])
    const desk = async (query: string) =>
      (await server.app.inject({ method: 'GET', url: `/api/admin/tips?kind=tip${query}`, headers: handler })).json().items as { town: string | null; content: { organisation: string } }[]
    expect((await desk('&town=liqizhuang')).map((t) => [t.town, t.content.organisation]).sort()).toEqual([
      ['liqizhuang', '李七庄某养生馆'],
      ['liqizhuang', '李七庄某理财']
    ])
    expect((await desk('&town=liqizhuang')).every((t) => !('town' in t.content))).toBe(true)
    expect((await desk('&town=district')).map((t) => [t.town, t.content.organisation])).toEqual([[null, '不知哪个镇的某公司']])
    expect((await desk('&town=xinkou')).map((t) => t.content.organisation)).toEqual(['辛口某合作社'])
    expect(await desk('')).toHaveLength(4)
    const feedback = (await server.app.inject({ method: 'GET', url: '/api/admin/tips?kind=feedback&town=liqizhuang', headers: handler })).json().items
    expect(feedback).toHaveLength(1)
  })

  it("seals a town's cases to that town's own key, which opens no other town's, and lets the district transfer a case with its photos", async () => {
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'daqiuzhuang', name: '大邱庄镇' } })).statusCode).toBe(201)
    const up = multipartFile(await cameraPhoto('SERIAL-TOWN-1'))
    const uploaded = await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })
    const handle: string = uploaded.json().id
    // Waiting for its tip, the photo's key is nowhere on the server: no office can open it yet.
    expect(await server.app.db.selectFrom('tip_photos').select(['key_office', 'key_town']).where('id', '=', rowIdOf(handle)).executeTakeFirstOrThrow()).toEqual({ key_office: '', key_town: null })
    const filed = await server.app.inject({
      method: 'POST',
      url: '/api/tips?town=daqiuzhuang',
      payload: { ...aTip({ organisation: '大邱庄某钢材众筹', photoIds: [handle] }), pow: await proofOfWork(server.app) }
    })
    expect(filed.statusCode).toBe(201)
    const tip = await server.app.db.selectFrom('tips').selectAll().where('town', '=', 'daqiuzhuang').executeTakeFirstOrThrow()
    const photo = await server.app.db.selectFrom('tip_photos').selectAll().where('tip_id', '=', tip.id).executeTakeFirstOrThrow()
    expect([tip.key_town, photo.key_town]).toEqual(['daqiuzhuang', 'daqiuzhuang'])

    const token = (await signIn(server.app, 'admin', ADMIN_PASSWORD)).authorization.slice('Bearer '.length)
    const keys = (await server.app.keys.officeKeys({ id: tokenHash(token), token }, null))!
    const open = (key: KeyObject, sealed: string) => unseal(key, Buffer.from(sealed, 'base64'))
    // The town's own key opens its case and photo; the first town's key, with everything else the database holds, does not.
    expect(open(keys.for('daqiuzhuang'), tip.key_office)).toHaveLength(32)
    expect(open(keys.for('daqiuzhuang'), photo.key_office)).toHaveLength(32)
    const neighbour = keys.for('xinkou')
    const theirs = await server.app.db.selectFrom('town_keys').select('district_grant').where('town', '=', 'daqiuzhuang').executeTakeFirstOrThrow()
    for (const sealed of [tip.key_office, photo.key_office, theirs.district_grant]) expect(() => open(neighbour, sealed)).toThrow()

    const handler = await staffWith(server.app, 'transfer_handler', ['tip_handler'])
    const moved = await server.app.inject({ method: 'POST', url: `/api/admin/tips/${tip.id}/transfer`, headers: handler, payload: { town: 'xinkou' } })
    expect(moved.statusCode).toBe(200)
    const after = await server.app.db.selectFrom('tips').selectAll().where('id', '=', tip.id).executeTakeFirstOrThrow()
    const photoAfter = await server.app.db.selectFrom('tip_photos').selectAll().where('id', '=', photo.id).executeTakeFirstOrThrow()
    expect([after.town, after.key_town, photoAfter.key_town]).toEqual(['xinkou', 'xinkou', 'xinkou'])
    expect(open(neighbour, after.key_office)).toEqual(open(keys.for('daqiuzhuang'), tip.key_office))
    expect(() => open(keys.for('daqiuzhuang'), after.key_office)).toThrow()
    expect(() => open(keys.for('daqiuzhuang'), photoAfter.key_office)).toThrow()
    // The desk still shows it whole, now under the first town, photo included.
    const detail = (await server.app.inject({ method: 'GET', url: `/api/admin/tips/${tip.id}`, headers: handler })).json()
    expect(detail).toMatchObject({ town: 'xinkou', content: { organisation: '大邱庄某钢材众筹' }, photoIds: [photo.id] })
    expect((await server.app.inject({ method: 'GET', url: `/api/admin/tips/photos/${photo.id}`, headers: handler })).statusCode).toBe(200)
    const again = await server.app.inject({ method: 'POST', url: `/api/admin/tips/${tip.id}/transfer`, headers: handler, payload: { town: 'xinkou' } })
    expect(again.statusCode).toBe(409)
    const audit = (await server.app.inject({ method: 'GET', url: '/api/admin/audit?action=tip.transfer', headers: admin })).json()
    expect(audit.items[0]).toMatchObject({ targetId: tip.id, detail: { from: 'daqiuzhuang', to: 'xinkou' } })
  })

  it("attaches a photo uploaded before photos kept their keys (an id alone), which stays the district's to open, and refuses a handle whose key is missing or added", async () => {
    const key = randomBytes(32)
    const data = await cameraPhoto('SERIAL-LEGACY')
    const sealed = seal(await server.app.keys.officePublicKey(), key).toString('base64')
    const at = server.app.now().toISOString()
    await server.app.db
      .insertInto('tip_photos')
      .values({ id: 'plegacy1', tip_id: null, key_office: sealed, key_town: null, created_at: at, data: encrypt(key, data) })
      .execute()
    const file = async (photoIds: string[]) =>
      server.app.inject({ method: 'POST', url: '/api/tips?town=xinkou', payload: { ...aTip({ organisation: '旧照片公司', photoIds }), pow: await proofOfWork(server.app) } })
    expect((await file([`plegacy1.${randomBytes(32).toString('base64url')}`])).statusCode).toBe(400)
    expect((await file(['plegacy1'])).statusCode).toBe(201)
    expect(await server.app.db.selectFrom('tip_photos').select(['key_town', 'key_office']).where('id', '=', 'plegacy1').executeTakeFirstOrThrow()).toEqual({ key_town: null, key_office: sealed })
    const handler = await staffWith(server.app, 'legacy_handler', ['tip_handler'])
    const served = await server.app.inject({ method: 'GET', url: '/api/admin/tips/photos/plegacy1', headers: handler })
    expect(served.rawPayload.equals(data)).toBe(true)
    // A new upload's handle without its key opens nothing and is refused.
    const up = multipartFile(await cameraPhoto('SERIAL-NEW'))
    const handle: string = (await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })).json().id
    const refused = await file([rowIdOf(handle)])
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error.code).toBe('unknown_photo')
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
