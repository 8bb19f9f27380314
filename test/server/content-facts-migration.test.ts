import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Migrator } from 'kysely'
import { connect } from '../../server/db/connect'
import { migrations } from '../../server/db/migrations'
import { freshPostgres, LANES } from './helpers'

describe.each(LANES)('the content-facts migration on %s', (lane) => {
  it('takes back the old default 12345 from a stored profile, marks every earlier case illustrative and names no earlier month', async () => {
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
        .values({ id: 'c-old', title: '旧案例', category: 'pension', summary: '摘要', story: '故事', outcome: '结局', lesson: '启示', red_flags: '[]', question: '{}', published_at: at, created_at: at, updated_at: at })
        .execute()
      await db
        .insertInto('campaigns')
        .values({ id: 'm-old', theme: '守住钱袋子', starts_on: '2026-06-01', ends_on: '2026-06-30', banner_image_id: null, slogans: '[]', article_ids: '[]', case_ids: '[]', created_at: at, updated_at: at })
        .execute()
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      const town = await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirstOrThrow()
      expect(JSON.parse(town.value)).toEqual({ ...profile, hotlinePhone: '' })
      expect(await db.selectFrom('case_lessons').select(['kind', 'source', 'source_url']).executeTakeFirstOrThrow()).toEqual({ kind: 'illustrative', source: '', source_url: '' })
      // An earlier publicity month goes by the national name.
      expect(await db.selectFrom('campaigns').select('name').executeTakeFirstOrThrow()).toEqual({ name: '' })
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.each(LANES)('the hotline-facts migration on %s', (lane) => {
  it('takes back the old made-up hours and address from a stored profile, and keeps what the office set', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-hotline-facts-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    const store = async (profile: object) => {
      await db.deleteFrom('settings').where('key', '=', 'town').execute()
      await db.insertInto('settings').values({ key: 'town', value: JSON.stringify(profile), updated_at: '2026-12-01T00:00:00.000Z' }).execute()
    }
    const stored = async () => JSON.parse((await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirstOrThrow()).value)
    const old = { name: '辛口镇', hotlinePhone: '', hotlineHours: '1-5 08:30-12:00,13:30-17:30', hotlineAddress: '辛口镇人民政府经济办（镇防范和处置非法集资领导小组办公室）', villages: [], units: [] }
    try {
      expect((await migrator.migrateTo('20261222T1000-content-facts')).error).toBeUndefined()
      await store(old)
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      expect(await stored()).toEqual({ ...old, hotlineHours: '', hotlineAddress: '' })
      // An office that set its own number has seen the hours: they stay; an address of its own stays too.
      expect((await migrator.migrateTo('20261222T1000-content-facts')).error).toBeUndefined()
      const edited = { ...old, hotlinePhone: '022-27391234', hotlineAddress: '镇政府一楼' }
      await store(edited)
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      expect(await stored()).toEqual(edited)
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
