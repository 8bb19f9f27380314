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

describe.each(LANES)('the illustrative-places migration on %s', (lane) => {
  it('moves the first starter cases out of "本镇某村" and "村里", in the row and its saved revision, and leaves a real case alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-places-'))
    const pg = lane === 'postgres' ? await freshPostgres() : undefined
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    const at = '2026-12-01T00:00:00.000Z'
    const lesson = (id: string, kind: 'real' | 'illustrative', title: string, story: string, prompt: string) => ({
      id,
      title,
      category: 'village_coop',
      summary: '村里能人挂牌办“金融服务社”，吸收村民存款。',
      story,
      outcome: '高某因非法吸收公众存款罪被依法追究刑事责任。',
      lesson: '启示',
      red_flags: '[]',
      question: JSON.stringify({ prompt, options: ['甲', '乙'], answer: 0, explanation: '解析' }),
      published_at: at,
      created_at: at,
      updated_at: at,
      kind,
      source: kind === 'real' ? '某某区人民法院' : '',
      source_url: kind === 'real' ? 'https://example.org/case' : ''
    })
    try {
      expect((await migrator.migrateTo('20261223T0900-hotline-facts')).error).toBeUndefined()
      const story = '本镇某村的高某（化名）早年做生意，在村里算个能人。连村里最谨慎的周大爷都说好。'
      await db
        .insertInto('case_lessons')
        .values([
          lesson('c-old', 'illustrative', '村里的“互助社”收存款，乡亲们的钱拿不回来', story, '村里的“互助社”说存钱比银行利息高，怎么办？'),
          lesson('c-real', 'real', '本镇某村的真实案子', '本镇某村的高某，在村里算个能人。', '题')
        ])
        .execute()
      // The office had saved the old case once: its history holds the same words.
      await db.updateTable('case_lessons').set({ revision: 2 }).where('id', '=', 'c-old').execute()
      await db
        .insertInto('content_revisions')
        .values([
          { id: 'r1', item_type: 'case', item_id: 'c-old', revision: 1, data: JSON.stringify({ story: '本镇某村的高某，最早的稿子' }), created_at: at, created_by: '编辑' },
          { id: 'r2', item_type: 'case', item_id: 'c-old', revision: 2, data: JSON.stringify({ story }), created_at: at, created_by: '编辑' }
        ])
        .execute()
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      const old = await db.selectFrom('case_lessons').selectAll().where('id', '=', 'c-old').executeTakeFirstOrThrow()
      expect(old.title).toBe('某村“互助社”收存款，乡亲们的钱拿不回来')
      expect(old.summary).toBe('某村能人挂牌办“金融服务社”，吸收村民存款。')
      expect(old.story).toBe('某地一个村子里的高某（化名）早年做生意，在当地算个能人。连同村最谨慎的周大爷都说好。')
      expect(JSON.parse(old.question).prompt).toBe('有个“互助社”说存钱比银行利息高，怎么办？')
      expect(old.outcome).toBe('高某因非法吸收公众存款罪被依法追究刑事责任。')
      const saved = await db.selectFrom('content_revisions').select(['revision', 'data']).where('item_id', '=', 'c-old').orderBy('revision').execute()
      // The revision residents see reads as they do; the older draft is history and keeps its words.
      expect(saved.map((r) => JSON.parse(r.data).story)).toEqual(['本镇某村的高某，最早的稿子', old.story])
      const real = await db.selectFrom('case_lessons').select(['title', 'story']).where('id', '=', 'c-real').executeTakeFirstOrThrow()
      expect(real).toEqual({ title: '本镇某村的真实案子', story: '本镇某村的高某，在村里算个能人。' })
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
