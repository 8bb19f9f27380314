import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { backup, restore, type Store } from '../../server/db/backup'
import { everyRow } from './every-row'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import { ADMIN_PASSWORD, cameraPhoto, fileTip, freshPostgres, LANES, multipartFile, photoProof, signIn, startServer, staffWith, TestClock, type TestServer, rowIdOf } from './helpers'

describe.each(LANES)('backup and restore on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock()
  const cleanup: (() => Promise<void>)[] = []

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => {
    await server.close()
    for (const c of cleanup) await c()
  })

  it('copies every table, uploads included, while the server runs, and the copy serves the same tips and pictures', async () => {
    const app = server.app
    // Some of everything: a tip with a photo and a message, an office image, quiz rounds, sign-ins in the audit log.
    const photo = multipartFile(await cameraPhoto('SERIAL-BACKUP'))
    const photoHandle: string = (await app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...photo.headers, ...(await photoProof(app)) }, payload: photo.payload })).json().id
    const photoId = rowIdOf(photoHandle)
    const receipt = await fileTip(app, { organisation: '备份测试公司', photoIds: [photoHandle] })
    await app.inject({ method: 'POST', url: '/api/tips/messages', payload: { receipt, text: '补充：又来村里了' } })
    const editor = await staffWith(app, 'beifen_editor', ['editor'])
    const image = multipartFile(await cameraPhoto('SERIAL-IMAGE', 64, 48), 'a.jpg')
    const uploaded = await app.inject({ method: 'POST', url: '/api/admin/images', headers: { ...editor, ...image.headers }, payload: image.payload })
    expect(uploaded.statusCode).toBe(200)
    const imageId = uploaded.json().id
    const article = { title: '备份里的文章', category: 'pension', summary: '测试用的摘要，说清要点。', redFlags: [], body: '测试正文。' }
    expect((await app.inject({ method: 'POST', url: '/api/admin/articles', headers: editor, payload: article })).statusCode).toBe(200)
    for (let i = 0; i < 3; i++) {
      const round = (await app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: { persona: 'elder', village: '辛口村' } })).json()
      await app.inject({
        method: 'POST',
        url: `/api/quiz/rounds/${round.roundId}/answers`,
        payload: { answers: round.questions.map((q: { id: string; options: { id: string }[] }) => ({ questionId: q.id, optionIds: [q.options[0].id] })) }
      })
    }
    const handler = await staffWith(app, 'beifen_handler', ['tip_handler'])
    const admin = await signIn(app, 'admin', ADMIN_PASSWORD)
    // Reading the figures counts what is waiting, so nothing is still being written when we compare.
    expect((await app.inject({ method: 'GET', url: '/api/admin/quiz/stats?from=2026-01-01&to=2027-12-31', headers: admin })).statusCode).toBe(200)

    const source: Store = { dataDir: app.config.DATA_DIR, databaseUrl: app.config.DATABASE_URL }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-backup-'))
    cleanup.push(async () => fs.rmSync(dir, { recursive: true, force: true }))
    // The database is the whole backup: the pictures and photos are in it.
    expect(await backup(source, path.join(dir, 'copy'))).toEqual([lane === 'sqlite' ? 'fangfei.sqlite' : 'database.pgdump'])

    const pg = lane === 'postgres' ? await freshPostgres() : null
    if (pg) cleanup.push(pg.drop)
    const target: Store = { dataDir: path.join(dir, 'restored'), databaseUrl: pg?.url ?? '' }
    await restore(path.join(dir, 'copy'), target)
    // Every tip is in there, and backups get copied around: this user's eyes only, as the server's own files are.
    const files = [...fs.readdirSync(path.join(dir, 'copy')).map((f) => path.join(dir, 'copy', f)), ...(lane === 'sqlite' ? [path.join(target.dataDir, 'fangfei.sqlite')] : [])]
    for (const f of files) expect({ f, othersMayRead: (fs.statSync(f).mode & 0o077) !== 0 }).toEqual({ f, othersMayRead: false })
    await expect(restore(path.join(dir, 'copy'), target)).rejects.toThrow(lane === 'sqlite' ? `${target.dataDir} 里已经有数据` : '数据库里已经有数据')

    const before = await everyRow(source)
    const after = await everyRow(target)
    expect(Object.keys(before).length).toBeGreaterThan(20)
    for (const t of ['tips', 'tip_messages', 'tip_photos', 'images', 'articles', 'content_revisions', 'quiz_handins', 'audit_log', 'staff_keys'])
      expect({ t, rows: (before[t] ?? []).length > 0 }).toEqual({ t, rows: true })
    expect(after).toEqual(before)
    for (const store of [source, target]) expect(fs.existsSync(path.join(store.dataDir, 'uploads'))).toBe(false)

    // The restored copy is a working server: the receipt opens the tip, and a handler reads it and its photo.
    const restored = await buildApp(
      loadConfig({
        DATA_DIR: target.dataDir,
        DATABASE_URL: target.databaseUrl,
        WEB_DIR: path.join(dir, 'no-web'),
        ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD,
        LOGIN_RATE_LIMIT: '1000',
        TIP_POW_BITS: '6'
      }),
      { logger: false, now: clock.now }
    )
    try {
      const lookup = await restored.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt } })
      expect(lookup.statusCode).toBe(200)
      expect(lookup.json().messages.map((m: { text: string }) => m.text)).toContain('补充：又来村里了')
      const signedIn = await signIn(restored, 'beifen_handler', 'beifen_handler-password-123')
      const served = await restored.inject({ method: 'GET', url: `/api/admin/tips/photos/${photoId}`, headers: signedIn })
      expect(served.statusCode).toBe(200)
      const original = await app.inject({ method: 'GET', url: `/api/admin/tips/photos/${photoId}`, headers: handler })
      expect(served.rawPayload.equals(original.rawPayload)).toBe(true)
      const picture = await restored.inject({ method: 'GET', url: `/api/images/${imageId}` })
      expect(picture.statusCode).toBe(200)
      expect(picture.rawPayload.equals((await app.inject({ method: 'GET', url: `/api/images/${imageId}` })).rawPayload)).toBe(true)
    } finally {
      await restored.close()
    }
  })
})
