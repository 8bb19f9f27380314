import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Migrator } from 'kysely'
import sharp from 'sharp'
import { connect } from '../../server/db/connect'
import { migrationsFor } from '../../server/db/migrations'
import { fileTip, LANES, multipartFile, startServer, staffWith, TestClock, type TestServer, photoProof, rowIdOf } from './helpers'

jest.setTimeout(120000)

// A stored time finer than this could be matched to a network log of the tipster's request.
const ON_THE_HOUR = /T\d\d:00:00\.000Z$/
/** The start of the hour, and of the Beijing day, that `iso` falls in. */
const hourOf = (iso: string) => `${new Date(iso).toISOString().slice(0, 13)}:00:00.000Z`
const beijingDayOf = (iso: string) => new Date(`${new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 10)}T00:00:00+08:00`).toISOString()
/** How a time-ordered id would spell this moment (to within about a second). */
const spelled = (iso: string) => Date.parse(iso).toString(36).slice(0, 6)

describe.each(LANES)('times stored with a tip on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock()

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => server.close())

  it('keeps a tip to its day and its messages and photos to the hour, in the order they were written', async () => {
    const handler = await staffWith(server.app, 'xiansuo', ['tip_handler'])
    const filed = '2026-06-15T10:37:12.345+08:00'
    clock.t = new Date(filed)
    const up = multipartFile(
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#963' } })
        .jpeg()
        .toBuffer()
    )
    const photoHandle: string = (await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })).json().id
    const photoId = rowIdOf(photoHandle)
    clock.advance(61000)
    const receipt = await fileTip(server.app, { organisation: '时间测试公司', photoIds: [photoHandle] })
    const tip = await server.app.db.selectFrom('tip_photos').select('tip_id as id').where('id', '=', photoId).executeTakeFirstOrThrow()

    const wrote = '2026-06-15T12:41:05.678+08:00'
    clock.t = new Date(wrote)
    const say = (text: string) => server.app.inject({ method: 'POST', url: `/api/admin/tips/${tip.id}/replies`, payload: { text }, headers: handler })
    expect((await say('第一条回复')).statusCode).toBe(200)
    clock.advance(1000)
    expect((await server.app.inject({ method: 'POST', url: '/api/tips/messages', payload: { receipt, text: '举报人补充' } })).statusCode).toBe(201)
    clock.advance(1000)
    expect((await say('第二条回复')).statusCode).toBe(200)

    // What the tipster and the office read.
    const seen = (await server.app.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt } })).json()
    expect(seen.createdAt).toBe(beijingDayOf(filed))
    expect(seen.messages).toEqual([
      { from: 'office', text: '第一条回复', at: hourOf(wrote) },
      { from: 'tipster', text: '举报人补充', at: hourOf(wrote) },
      { from: 'office', text: '第二条回复', at: hourOf(wrote) }
    ])
    const desk = (await server.app.inject({ method: 'GET', url: `/api/admin/tips/${tip.id}`, headers: handler })).json()
    expect(desk.createdAt).toBe('2026-06-14T16:00:00.000Z')
    expect(desk.messages.map((m: { text: string }) => m.text)).toEqual(['第一条回复', '举报人补充', '第二条回复'])

    // What a copy of the database holds.
    const row = await server.app.db.selectFrom('tips').selectAll().where('id', '=', tip.id).executeTakeFirstOrThrow()
    expect({ created: row.created_at, updated: row.updated_at }).toEqual({ created: beijingDayOf(filed), updated: hourOf(wrote) })
    const messages = await server.app.db.selectFrom('tip_messages').selectAll().where('tip_id', '=', tip.id).execute()
    const photos = await server.app.db.selectFrom('tip_photos').selectAll().where('tip_id', '=', tip.id).execute()
    expect(photos.map((p) => p.created_at)).toEqual([beijingDayOf(filed)])
    for (const m of messages) {
      expect(m.created_at).toMatch(ON_THE_HOUR)
      expect({ id: m.id, spellsTheMoment: m.id.includes(spelled(wrote)) }).toEqual({ id: m.id, spellsTheMoment: false })
    }
  })

  it('stores an upload that waits for its tip to the hour only', async () => {
    clock.t = new Date('2026-07-01T08:59:59.999+08:00')
    const up = multipartFile(
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#396' } })
        .jpeg()
        .toBuffer()
    )
    const photoHandle: string = (await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })).json().id
    const photoId = rowIdOf(photoHandle)
    const photo = await server.app.db.selectFrom('tip_photos').select('created_at').where('id', '=', photoId).executeTakeFirstOrThrow()
    expect(photo.created_at).toBe('2026-07-01T00:00:00.000Z')
  })
})

describe('the tip-desk migration', () => {
  it('coarsens the times of tips stored before it, and keeps each conversation in order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-tip-times-'))
    const { db } = connect({ databaseUrl: '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    try {
      expect((await migrator.migrateTo('20261210T1100-quiz-tally')).error).toBeUndefined()
      const tip = { lookup: 'x', status: 'closed' as const, unit: null, key_office: 'k', key_tipster: 'k', sealed: 's' }
      await db
        .insertInto('tips')
        .values({ id: 'told', ...tip, created_at: '2026-06-15T02:37:12.345Z', updated_at: '2026-06-15T05:01:02.003Z', closed_at: '2026-06-20T07:08:09.010Z' })
        .execute()
      const said = ['2026-06-15T03:10:00.001Z', '2026-06-15T03:10:00.002Z', '2026-06-15T05:01:02.003Z']
      // Time-ordered ids, as they were: the first characters spell the moment.
      const old = said.map((at, i) => `${Date.parse(at).toString(36).padStart(9, '0')}00${i}-abcd`)
      await db
        .insertInto('tip_messages')
        .values(said.map((at, i) => ({ id: old[i], tip_id: 'told', kind: 'tipster', sealed: `m${i}`, author_id: null, created_at: at })))
        .execute()
      await db.insertInto('tip_photos').values({ id: 'pold', tip_id: 'told', key_office: 'k', created_at: '2026-06-15T02:35:59.999Z' }).execute()

      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      expect(await db.selectFrom('tips').select(['created_at', 'updated_at', 'closed_at', 'spam_at']).executeTakeFirstOrThrow()).toEqual({
        created_at: '2026-06-14T16:00:00.000Z',
        updated_at: '2026-06-15T05:00:00.000Z',
        closed_at: '2026-06-20T07:00:00.000Z',
        spam_at: null
      })
      const messages = await db.selectFrom('tip_messages').select(['id', 'sealed', 'created_at', 'seq']).orderBy('seq').execute()
      expect(messages.map((m) => [m.sealed, m.seq, m.created_at])).toEqual([
        ['m0', 1, '2026-06-15T03:00:00.000Z'],
        ['m1', 2, '2026-06-15T03:00:00.000Z'],
        ['m2', 3, '2026-06-15T05:00:00.000Z']
      ])
      for (const m of messages) expect(old.some((o) => m.id.includes(o.slice(0, 7)))).toBe(false)
      expect((await db.selectFrom('tip_photos').select('created_at').executeTakeFirstOrThrow()).created_at).toBe('2026-06-15T02:00:00.000Z')
    } finally {
      await db.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
