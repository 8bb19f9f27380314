import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Migrator } from 'kysely'
import { connect } from '../../server/db/connect'
import { migrations } from '../../server/db/migrations'
import { freshPostgres, LANES, startServer, staffWith, type TestServer } from './helpers'

describe.each(LANES)('hotline on %s', (lane) => {
  let server: TestServer
  afterEach(async () => server?.close())

  it('returns the configured number, hours, address and whether it is open now', async () => {
    // Open every minute of every day, so openNow is true whenever the test runs.
    server = await startServer(lane, { HOTLINE_PHONE: '022-00000000', HOTLINE_HOURS: '1-7 00:00-24:00', HOTLINE_ADDRESS: '镇政府一楼' })
    const res = await server.app.inject({ method: 'GET', url: '/api/hotline' })
    expect(res.json()).toEqual({ phone: '022-00000000', hours: '周一至周日 0:00-24:00', schedule: '1-7 00:00-24:00', address: '镇政府一楼', openNow: true })
  })

  it('says the town has no number of its own until an admin sets one, and never takes the city line for it', async () => {
    server = await startServer(lane)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBeNull()
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    expect(town.hotlinePhone).toBe('')
    const admin = await staffWith(server.app, 'hotline_admin', ['admin'])
    const city = await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '12345' } })
    expect(city.statusCode).toBe(400)
    expect(city.json().error.message).toContain('天津市政务服务便民热线')
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '022-27391234' } })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBe('022-27391234')
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '' } })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBeNull()
  })

  it('refuses to start with hours it cannot read', async () => {
    await expect(startServer(lane, { HOTLINE_HOURS: '周一到周五' })).rejects.toThrow('HOTLINE_HOURS')
  })

  it('takes back the old default 12345 from a stored profile and marks every earlier case illustrative', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-case-kind-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    try {
      expect((await migrator.migrateTo('20261220T0900-staff-places')).error).toBeUndefined()
      const profile = { name: '辛口镇', hotlinePhone: '12345', hotlineHours: '1-5 08:30-17:30', hotlineAddress: '镇政府', villages: [], units: [] }
      await db.insertInto('settings').values({ key: 'town', value: JSON.stringify(profile), updated_at: '2026-12-01T00:00:00.000Z' }).execute()
      const at = '2026-12-01T00:00:00.000Z'
      await db
        .insertInto('case_lessons')
        .values({ id: 'c-old', title: '旧案例', category: 'pension', summary: '摘要', story: '故事', outcome: '结局', lesson: '启示', question: '{}', published_at: at, created_at: at, updated_at: at })
        .execute()
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      const town = await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirstOrThrow()
      expect(JSON.parse(town.value)).toEqual({ ...profile, hotlinePhone: '' })
      expect(await db.selectFrom('case_lessons').select(['kind', 'source', 'source_url']).executeTakeFirstOrThrow()).toEqual({ kind: 'illustrative', source: '', source_url: '' })
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
