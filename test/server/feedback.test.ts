import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { Migrator } from 'kysely'
import { connect } from '../../server/db/connect'
import { migrationsFor } from '../../server/db/migrations'
import { ADMIN_PASSWORD, CHINESE, fileTip, freshPostgres, LANES, proofOfWork, signIn, startServer, staffWith, type TestServer } from './helpers'

const aFeedback = (over: Record<string, unknown> = {}) => ({ topic: 'app', what: '字还是太小，希望文章能读出来。', ...over })

async function fileFeedback(app: FastifyInstance, over: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/feedback', headers, payload: { ...aFeedback(over), pow: await proofOfWork(app) } })
  if (res.statusCode !== 201) throw new Error(`投诉建议失败：${res.body}`)
  return res.json().receipt
}

type Listed = { id: string; kind: string; status: string; content: Record<string, string> }

describe.each(LANES)('投诉建议 (feedback) on %s', (lane) => {
  let server: TestServer
  let handler: { authorization: string }

  beforeAll(async () => {
    server = await startServer(lane)
    handler = await staffWith(server.app, 'yijian', ['tip_handler'])
  })
  afterAll(async () => server.close())

  const inject = (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => server.app.inject({ method, url, payload, headers })
  const lookup = (receipt: string) => inject('POST', '/api/tips/lookup', { receipt })
  const desk = async (query = '') => (await inject('GET', `/api/admin/tips${query}`, undefined, handler)).json().items as Listed[]
  const feedbackIdOf = async (what: string) => (await desk('?kind=feedback')).find((f) => f.content.what === what)!.id

  it('gives a receipt that reads the office reply, never the internal note; closed feedback takes no more messages', async () => {
    const receipt = await fileFeedback(server.app, { topic: 'service', what: '镇政府窗口中午没人，跑了两趟。', contact: '  ' })
    expect(receipt).toMatch(/^\d{16}$/)
    expect((await lookup(receipt)).json()).toEqual({ kind: 'feedback', topic: 'service', status: 'new', statusLabel: '已收到，等待处理', createdAt: expect.any(String), messages: [] })

    const id = await feedbackIdOf('镇政府窗口中午没人，跑了两趟。')
    const detail = (await inject('GET', `/api/admin/tips/${id}`, undefined, handler)).json()
    // A blank contact is no contact: the desk says it was left anonymous.
    expect(detail).toMatchObject({ kind: 'feedback', status: 'new', statusLabel: '新意见', photoIds: [], content: { topic: 'service', what: '镇政府窗口中午没人，跑了两趟。' } })
    expect(detail.content.contact).toBeUndefined()

    expect((await inject('POST', `/api/admin/tips/${id}/replies`, { text: '已请窗口安排中午轮班，谢谢您。' }, handler)).statusCode).toBe(200)
    expect((await inject('POST', `/api/admin/tips/${id}/notes`, { text: '内部：转综合办' }, handler)).statusCode).toBe(200)
    expect((await inject('POST', '/api/tips/messages', { receipt, text: '谢谢，下周再去看看。' })).statusCode).toBe(201)
    expect((await lookup(receipt)).json().messages).toEqual([
      { from: 'office', text: '已请窗口安排中午轮班，谢谢您。', at: expect.any(String) },
      { from: 'tipster', text: '谢谢，下周再去看看。', at: expect.any(String) }
    ])

    // The office's first answer moved the case on by itself: it is being handled, and the desk and the resident say so.
    expect((await lookup(receipt)).json().statusLabel).toBe('正在处理')
    expect((await inject('GET', `/api/admin/tips/${id}`, undefined, handler)).json()).toMatchObject({ status: 'checking', statusLabel: '处理中' })
    expect((await inject('POST', `/api/admin/tips/${id}/status`, { status: 'closed' }, handler)).statusCode).toBe(200)
    expect((await lookup(receipt)).json()).toMatchObject({ status: 'closed', statusLabel: '已办结' })
    const late = await inject('POST', '/api/tips/messages', { receipt, text: '还有一件事' })
    expect(late.statusCode).toBe(409)
    expect(late.json().error.message).toContain('这条意见已经办结')
    // Nor does the office answer it any more; an internal note is still its own business.
    const lateReply = await inject('POST', `/api/admin/tips/${id}/replies`, { text: '补充一句' }, handler)
    expect(lateReply.statusCode).toBe(409)
    expect(lateReply.json().error).toMatchObject({ code: 'tip_closed', message: '这条意见已经办结，不能再回复。' })
    expect((await inject('POST', `/api/admin/tips/${id}/notes`, { text: '内部：已回访' }, handler)).statusCode).toBe(200)
    expect((await lookup(receipt)).json().messages).toHaveLength(2)

    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const log = (await inject('GET', '/api/admin/audit?actor=yijian', undefined, admin)).json().items as { action: string; targetType: string }[]
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['feedback.view', 'feedback.reply', 'feedback.note', 'feedback.checking', 'feedback.closed']))
    expect(log.some((e) => e.action.startsWith('tip.'))).toBe(false)
  })

  it('is closed straight from new, and is never referred or rejected like a tip', async () => {
    await fileFeedback(server.app, { what: '建议增加方言朗读。' })
    const id = await feedbackIdOf('建议增加方言朗读。')
    const move = (status: string, extra: object = {}) => inject('POST', `/api/admin/tips/${id}/status`, { status, ...extra }, handler)
    expect((await move('rejected', { reason: '不予受理' })).statusCode).toBe(409)
    expect((await move('referred', { unit: '派出所' })).statusCode).toBe(409)
    const wrong = await move('referred', { unit: '派出所' })
    expect(wrong.json().error.message).toContain('新意见')
    expect((await move('closed')).statusCode).toBe(200)
  })

  it('keeps feedback and tips on separate desks, each paged newest first', async () => {
    await fileTip(server.app, { organisation: '分开测试康养公司' })
    for (const what of ['分开测试意见一', '分开测试意见二', '分开测试意见三']) await fileFeedback(server.app, { what })
    const tips = await desk()
    expect(tips.every((t) => t.kind === 'tip')).toBe(true)
    expect(tips.some((t) => t.content.organisation === '分开测试康养公司')).toBe(true)
    expect(tips.some((t) => t.content.what?.startsWith('分开测试意见'))).toBe(false)
    expect((await desk('?kind=tip&q=分开测试意见')).length).toBe(0)

    const feedback = await desk('?kind=feedback')
    expect(feedback.every((f) => f.kind === 'feedback')).toBe(true)
    expect(feedback.some((f) => f.content.organisation === '分开测试康养公司')).toBe(false)
    expect((await desk('?kind=feedback&q=康养公司')).length).toBe(0)

    // Paging: two at a time until `next` runs out, every feedback once.
    const seen: string[] = []
    let next: string | null = ''
    do {
      const page: { items: Listed[]; next: string | null } = (await inject('GET', `/api/admin/tips?kind=feedback&limit=2${next ? `&after=${next}` : ''}`, undefined, handler)).json()
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...page.items.map((f) => f.id))
      next = page.next
    } while (next)
    expect(seen.sort()).toEqual(feedback.map((f) => f.id).sort())
    expect(new Set(seen).size).toBe(seen.length)

    expect((await desk('?kind=feedback&q=分开测试意见二')).map((f) => f.content.what)).toEqual(['分开测试意见二'])
    expect((await desk('?kind=feedback&topic=service')).every((f) => f.content.topic === 'service')).toBe(true)
    const bad = await inject('GET', '/api/admin/tips?kind=complaint', undefined, handler)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.message).toMatch(CHINESE)
  })

  it('refuses bad feedback with a Chinese message, stores nothing, and takes no photos', async () => {
    const count = async () => (await desk('?kind=feedback&limit=100')).length
    const before = await count()
    const cases: [Record<string, unknown>, string][] = [
      [{ topic: 'lottery' }, '请选一项'],
      [{ what: '   ' }, '意见或建议'],
      [{ what: '长'.repeat(2001) }, '最多 2000 个字'],
      [{ contact: '电'.repeat(101) }, '联系方式']
    ]
    for (const [over, message] of cases) {
      const res = await inject('POST', '/api/feedback', { ...aFeedback(over), pow: await proofOfWork(server.app) })
      expect({ over, status: res.statusCode }).toEqual({ over, status: 400 })
      expect(res.json().error.message).toContain(message)
    }
    const noWork = await inject('POST', '/api/feedback', { ...aFeedback(), pow: { challenge: 'x.y.z', nonce: '1' } })
    expect(noWork.statusCode).toBe(400)
    expect(noWork.json().error.message).toContain('提交校验')
    const work = await proofOfWork(server.app)
    expect((await inject('POST', '/api/feedback', { ...aFeedback(), pow: work })).statusCode).toBe(201)
    // A solved challenge is spent once, whichever kind it was spent on.
    expect((await inject('POST', '/api/feedback', { ...aFeedback(), pow: work })).statusCode).toBe(400)
    expect((await inject('POST', '/api/tips', { disguise: 'other', organisation: '', place: '', what: '同一道题', photoIds: [], pow: work })).statusCode).toBe(400)
    expect(await count()).toBe(before + 1)

    const receipt = await fileFeedback(server.app)
    const withPhoto = await inject('POST', '/api/tips/messages', { receipt, text: '补一张截图', photoIds: ['pabc'] })
    expect(withPhoto.statusCode).toBe(400)
    expect(withPhoto.json().error.message).toContain('不收照片')
  })

  it('is worked by tip handlers only', async () => {
    await fileFeedback(server.app, { what: '权限测试意见' })
    const id = await feedbackIdOf('权限测试意见')
    for (const roles of [['editor'], ['publisher'], ['admin']]) {
      const other = await staffWith(server.app, `fb_${roles[0]}`, roles)
      for (const [method, url, payload] of [
        ['GET', '/api/admin/tips?kind=feedback', undefined],
        ['GET', `/api/admin/tips/${id}`, undefined],
        ['POST', `/api/admin/tips/${id}/replies`, { text: '越权回复' }],
        ['POST', `/api/admin/tips/${id}/status`, { status: 'closed' }]
      ] as const) {
        const res = await inject(method, url, payload, other)
        expect({ roles, url, status: res.statusCode }).toEqual({ roles, url, status: 403 })
        expect(res.json().error.message).toContain('没有权限')
      }
    }
    expect((await inject('GET', '/api/admin/tips?kind=feedback')).statusCode).toBe(401)
    expect((await inject('GET', `/api/admin/tips/${id}`, undefined, handler)).json().status).toBe('new')
  })

  it('keeps nothing that identifies the sender in the database, and the contents sealed', async () => {
    const headers = { 'user-agent': 'Feedback-Agent/3.1 (Resident Phone)', 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '198.51.100.61' }
    const what = '橙色长颈鹿窗口态度不好'
    const receipt = await fileFeedback(server.app, { what, contact: '13800005555' }, headers)
    await server.app.inject({ method: 'POST', url: '/api/tips/messages', headers, payload: { receipt, text: '补充：橙色长颈鹿又来了' }, remoteAddress: '192.0.2.91' })
    const rows = JSON.stringify([
      await server.app.db.selectFrom('tips').selectAll().execute(),
      await server.app.db.selectFrom('tip_messages').selectAll().execute(),
      await server.app.db.selectFrom('audit_log').selectAll().execute()
    ])
    for (const secret of ['Feedback-Agent', '203.0.113.77', '198.51.100.61', '192.0.2.91', '127.0.0.1', '橙色长颈鹿', '13800005555', receipt]) {
      expect({ secret, found: rows.includes(secret) }).toEqual({ secret, found: false })
    }
    expect(rows).toContain('"kind":"feedback"')
  })
})

describe('投诉建议 under load', () => {
  it('stops a sender after the per-address limit, with a Chinese message', async () => {
    const server = await startServer('sqlite', { TIP_RATE_LIMIT: '3' })
    try {
      const codes: number[] = []
      let refused = ''
      for (let i = 0; i < 5; i++) {
        const res = await server.app.inject({ method: 'POST', url: '/api/feedback', payload: { ...aFeedback({ what: `第 ${i} 条` }), pow: await proofOfWork(server.app) } })
        codes.push(res.statusCode)
        if (res.statusCode === 429) refused = res.json().error.message
      }
      expect(codes).toEqual([201, 201, 201, 429, 429])
      expect(refused).toMatch(CHINESE)
      // Another address is not held back by the first one's limit.
      const other = await server.app.inject({ method: 'POST', url: '/api/feedback', remoteAddress: '192.0.2.10', payload: { ...aFeedback(), pow: await proofOfWork(server.app) } })
      expect(other.statusCode).toBe(201)
      // Nor does feedback use up the same address's tips: a tip is more urgent than a complaint.
      const tip = await server.app.inject({
        method: 'POST',
        url: '/api/tips',
        payload: { disguise: 'other', organisation: '', place: '', what: '限流分开', photoIds: [], pow: await proofOfWork(server.app) }
      })
      expect(tip.statusCode).toBe(201)
    } finally {
      await server.close()
    }
  })

  it('writes no address, agent or text of feedback to the files or the log', async () => {
    const logFile = path.join(os.tmpdir(), `fangfei-feedback-log-${process.pid}.log`)
    const server = await startServer('sqlite', { LOG_LEVEL: 'debug', LOG_TO: logFile })
    try {
      const headers = { 'user-agent': 'Distinctive-Feedback-Agent/9', 'x-forwarded-for': '203.0.113.200' }
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/feedback',
        headers,
        remoteAddress: '192.0.2.78',
        payload: { ...aFeedback({ what: '紫色河马办事大厅', contact: '13900002222' }), pow: await proofOfWork(server.app) }
      })
      const receipt = res.json().receipt as string
      await server.app.inject({ method: 'POST', url: '/api/tips/lookup', headers, remoteAddress: '192.0.2.78', payload: { receipt } })
      await server.app.close()
      const files: string[] = [logFile]
      const walk = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : files.push(path.join(dir, e.name))))
      walk(server.app.config.DATA_DIR)
      expect(files.some((f) => f.endsWith('.sqlite'))).toBe(true)
      for (const file of files) {
        const bytes = fs.readFileSync(file)
        for (const secret of ['Distinctive-Feedback-Agent', '203.0.113.200', '192.0.2.78', '紫色河马', '13900002222', receipt]) {
          expect({ file: path.basename(file), secret, found: bytes.includes(Buffer.from(secret)) }).toEqual({ file: path.basename(file), secret, found: false })
        }
      }
    } finally {
      await server.close().catch(() => undefined)
      fs.rmSync(logFile, { force: true })
    }
  })
})

describe.each(LANES)('the case-kinds migration on %s', (lane) => {
  it('keeps the tips stored before it as tips, and going back takes away feedback only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-case-kinds-'))
    const pg = lane === 'postgres' ? await freshPostgres() : null
    const { db } = connect({ databaseUrl: pg?.url ?? '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    const before = '20261220T0900-staff-places'
    const row = {
      status: 'new' as const,
      unit: null,
      key_office: 'k',
      key_tipster: 'k',
      sealed: 's',
      created_at: '2026-06-14T16:00:00.000Z',
      updated_at: '2026-06-14T16:00:00.000Z',
      closed_at: null,
      spam_at: null
    }
    try {
      expect((await migrator.migrateTo(before)).error).toBeUndefined()
      await db
        .insertInto('tips')
        .values({ id: 'told', lookup: 'a', ...row })
        .execute()
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      expect(await db.selectFrom('tips').select(['id', 'kind']).execute()).toEqual([{ id: 'told', kind: 'tip' }])

      await db
        .insertInto('tips')
        .values({ id: 'fnew', kind: 'feedback', lookup: 'b', ...row })
        .execute()
      await db.insertInto('tip_messages').values({ id: 'm1', tip_id: 'fnew', kind: 'tipster', sealed: 'x', author_id: null, created_at: row.created_at }).execute()
      expect((await migrator.migrateTo(before)).error).toBeUndefined()
      expect((await db.selectFrom('tips').select('id').execute()).map((t) => t.id)).toEqual(['told'])
      expect(await db.selectFrom('tip_messages').select('id').execute()).toEqual([])
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
    } finally {
      await db.destroy()
      await pg?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
