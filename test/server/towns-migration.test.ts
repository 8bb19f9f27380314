import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Migrator } from 'kysely'
import { buildApp } from '../../server/app'
import { connect } from '../../server/db/connect'
import { migrationsFor } from '../../server/db/migrations'
import { everyRow } from './every-row'
import { ADMIN_PASSWORD, aTip, cameraPhoto, freshPostgres, LANES, multipartFile, photoProof, proofOfWork, publishCampaign, signIn, staffWith, testConfig } from './helpers'

// The last migration before towns: a database at it is one that served one town.
const BEFORE_TOWNS = '20261229T0900-quiz-question-check'
// Columns the towns migrations add to tables that existed before; every other value must come through unchanged.
const ADDED = ['town', 'key_town']

const withoutAdded = (rows: string[]) =>
  rows
    .map((r) => JSON.parse(r) as Record<string, unknown>)
    // The quiz's daily figures gain the district's totals (town ''), which are new rows: the first town's are the ones from before.
    .filter((row) => row.town !== '' || !('persona' in row))
    .map((row) => {
      for (const c of ADDED) delete row[c]
      // A campaign's board and bests count per town now: campaign@town (quiz-towns).
      if (typeof row.scope === 'string') row.scope = row.scope.replace(/@xinkou$/, '')
      return JSON.stringify(row)
    })
    .sort()

describe.each(LANES)('a one-town database moved into towns on %s', (lane) => {
  it('keeps every row of a populated database (articles with revisions, a campaign, quiz history, tips with photos and messages, feedback, the audit log), and serves it as before', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-towns-move-'))
    const pg = lane === 'postgres' ? await freshPostgres() : null
    const config = testConfig(dataDir, { DATABASE_URL: pg?.url ?? '', HOTLINE_PHONE: '022-27391234' })
    const store = { dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL }
    let app: FastifyInstance | null = await buildApp(config, { logger: false })
    try {
      // Some of everything a town's office and its residents make.
      const editor = await staffWith(app, 'move_editor', ['editor', 'publisher'])
      const article = await app.inject({
        method: 'POST',
        url: '/api/admin/articles',
        headers: editor,
        payload: { title: '迁移前的文章', category: 'pension', summary: '摘要。', redFlags: ['pension'], body: '正文第一版。' }
      })
      const articleId: string = article.json().id
      const edited = await app.inject({
        method: 'PUT',
        url: `/api/admin/articles/${articleId}?revision=1`,
        headers: editor,
        payload: { title: '迁移前的文章', category: 'pension', summary: '摘要。', redFlags: ['pension'], body: '正文第二版。' }
      })
      expect(edited.statusCode).toBe(200)
      expect((await app.inject({ method: 'POST', url: `/api/admin/articles/${articleId}/submit`, headers: editor })).statusCode).toBe(200)
      expect((await app.inject({ method: 'POST', url: `/api/admin/articles/${articleId}/publish`, headers: editor, payload: { revision: 2 } })).statusCode).toBe(200)
      await publishCampaign(app)
      const round = (await app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder', village: '辛口村' } })).json()
      const answers = round.questions.map((q: { id: string; options: { id: string }[] }) => ({ questionId: q.id, optionIds: [q.options[0].id] }))
      expect((await app.inject({ method: 'POST', url: `/api/quiz/rounds/${round.roundId}/answers`, payload: { answers } })).statusCode).toBe(200)
      const up = multipartFile(await cameraPhoto('SERIAL-MOVE'))
      const handle: string = (await app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(app)) }, payload: up.payload })).json().id
      const receipt: string = (await app.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip({ organisation: '迁移前的线索', photoIds: [handle] }), pow: await proofOfWork(app) } })).json()
        .receipt
      await app.inject({ method: 'POST', url: '/api/tips/messages', payload: { receipt, text: '补充：昨天又来了。' } })
      await app.inject({ method: 'POST', url: '/api/feedback', payload: { topic: 'app', what: '字再大一点。', pow: await proofOfWork(app) } })
      const handler = await signIn(app, 'admin', ADMIN_PASSWORD)
      const cases = await app.db.selectFrom('tips').select('id').execute()
      const tipId = (await app.db.selectFrom('tips').select('id').where('kind', '=', 'tip').executeTakeFirstOrThrow()).id
      expect((await app.inject({ method: 'POST', url: `/api/admin/tips/${tipId}/replies`, headers: handler, payload: { text: '收到，正在核实。' } })).statusCode).toBe(200)
      // Before towns, every case was sealed to the one office key, the district's now: transferring them there seals them so.
      for (const { id } of cases) expect((await app.inject({ method: 'POST', url: `/api/admin/tips/${id}/transfer`, headers: handler, payload: { town: 'district' } })).statusCode).toBe(200)
      const desk = (await app.inject({ method: 'GET', url: `/api/admin/tips/${tipId}`, headers: handler })).json()
      const photo = (await app.inject({ method: 'GET', url: `/api/admin/tips/photos/${desk.photoIds[0]}`, headers: handler })).rawPayload
      const articles = (await app.inject({ method: 'GET', url: '/api/articles?pageSize=50' })).json()
      const stats = (await app.inject({ method: 'GET', url: '/api/admin/quiz/stats?from=2026-01-01&to=2027-12-31', headers: editor })).json()
      await app.close()
      app = null

      // Back to the schema of a one-town deployment, its data as that one kept it.
      const { db } = connect({ databaseUrl: store.databaseUrl, dataDir: store.dataDir })
      try {
        expect((await new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } }).migrateTo(BEFORE_TOWNS)).error).toBeUndefined()
      } finally {
        await db.destroy()
      }
      const before = await everyRow(store)
      expect(before.towns).toBeUndefined()
      expect(before.tips.length).toBe(2)

      // The new version's first start moves it.
      app = await buildApp(config, { logger: false })
      const after = await everyRow(store)
      for (const table of Object.keys(before).filter((t) => !['settings', 'kysely_migration', 'kysely_migration_lock', 'staff_sessions', 'audit_log'].includes(t)))
        expect({ table, rows: withoutAdded(after[table]) }).toEqual({ table, rows: withoutAdded(before[table]) })
      // Sign-ins since add to the record; nothing in it is lost.
      for (const row of withoutAdded(before.audit_log)) expect(withoutAdded(after.audit_log)).toContain(row)
      const keys = (rows: string[]) => rows.map((r) => (JSON.parse(r) as { key: string }).key)
      expect(keys(after.settings)).toEqual(expect.arrayContaining(keys(before.settings).filter((k) => k !== 'town')))
      const profile = JSON.parse((JSON.parse(before.settings.find((r) => r.includes('"town"'))!) as { value: string }).value) as { name: string; hotlinePhone: string }
      expect((await app.inject({ method: 'GET', url: '/api/towns' })).json()).toEqual({ items: [{ code: 'xinkou', name: profile.name }] })
      expect((await app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBe('022-27391234')
      // The office's own article and campaign are the first town's; the starter content is the district's, shown in every town.
      expect(await app.db.selectFrom('articles').select('town').where('id', '=', articleId).executeTakeFirstOrThrow()).toEqual({ town: 'xinkou' })
      expect((await app.db.selectFrom('campaigns').select('town').execute()).map((c) => c.town)).toEqual(['xinkou'])
      expect(new Set((await app.db.selectFrom('articles').select('town').where('id', '<>', articleId).execute()).map((a) => a.town))).toEqual(new Set([null]))
      // Every case is the first town's now, still sealed to the district's key until the district transfers it.
      expect(await app.db.selectFrom('tips').select(['town', 'key_town']).execute()).toEqual([
        { town: 'xinkou', key_town: null },
        { town: 'xinkou', key_town: null }
      ])

      const again = await signIn(app, 'admin', ADMIN_PASSWORD)
      const deskAfter = (await app.inject({ method: 'GET', url: `/api/admin/tips/${tipId}`, headers: again })).json()
      expect({ ...deskAfter, town: null }).toEqual({ ...desk, town: null })
      expect(deskAfter.town).toBe('xinkou')
      expect((await app.inject({ method: 'GET', url: `/api/admin/tips/photos/${desk.photoIds[0]}`, headers: again })).rawPayload.equals(photo)).toBe(true)
      expect((await app.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt } })).json().messages.map((m: { text: string }) => m.text)).toEqual([
        '补充：昨天又来了。',
        '收到，正在核实。'
      ])
      // The same list, but for whose each is: the office's own article is the town's now (above).
      const whoseless = (page: { items: Record<string, unknown>[] }) => ({ ...page, items: page.items.map(({ town: _town, ...rest }) => rest) })
      expect(whoseless((await app.inject({ method: 'GET', url: '/api/articles?pageSize=50' })).json())).toEqual(whoseless(articles))
      const editorAgain = await signIn(app, 'move_editor', 'move_editor-password-123')
      expect((await app.inject({ method: 'GET', url: '/api/admin/quiz/stats?from=2026-01-01&to=2027-12-31', headers: editorAgain })).json()).toEqual(stats)
      // The district gives the town's own office its old cases at once; the town's handler then opens them, photo included.
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/admin/users',
            headers: again,
            payload: { username: 'xk_handler', displayName: '辛口线索', roles: ['tip_handler'], password: 'xk_handler-password-123', town: 'xinkou' }
          })
        ).statusCode
      ).toBe(200)
      const townHandler = await signIn(app, 'xk_handler', 'xk_handler-password-123')
      expect((await app.inject({ method: 'GET', url: `/api/admin/tips/${tipId}`, headers: townHandler })).statusCode).toBe(403)
      expect((await app.inject({ method: 'POST', url: '/api/admin/tips/reseal', headers: townHandler, payload: { town: 'xinkou' } })).statusCode).toBe(403)
      expect((await app.inject({ method: 'POST', url: '/api/admin/tips/reseal', headers: again, payload: { town: 'xinkou' } })).json()).toEqual({ cases: 2 })
      expect((await app.inject({ method: 'POST', url: '/api/admin/tips/reseal', headers: again, payload: { town: 'xinkou' } })).json()).toEqual({ cases: 0 })
      expect({ ...(await app.inject({ method: 'GET', url: `/api/admin/tips/${tipId}`, headers: townHandler })).json(), town: null }).toEqual({ ...desk, town: null })
      expect((await app.inject({ method: 'GET', url: `/api/admin/tips/photos/${desk.photoIds[0]}`, headers: townHandler })).rawPayload.equals(photo)).toBe(true)
    } finally {
      await app?.close()
      await pg?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('refuses to go back before towns while a case is sealed to a town, rather than lose it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-towns-back-'))
    const pg = lane === 'postgres' ? await freshPostgres() : null
    const config = testConfig(dataDir, { DATABASE_URL: pg?.url ?? '' })
    const app = await buildApp(config, { logger: false })
    try {
      expect((await app.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip(), pow: await proofOfWork(app) } })).statusCode).toBe(201)
      const result = await new Migrator({ db: app.db, provider: { getMigrations: async () => migrationsFor('xinkou') } }).migrateTo(BEFORE_TOWNS)
      expect(String(result.error)).toContain('不能退回')
      expect(await app.db.selectFrom('tips').select('key_town').execute()).toEqual([{ key_town: 'xinkou' }])
    } finally {
      await app.close()
      await pg?.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
