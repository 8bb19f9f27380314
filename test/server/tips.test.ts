import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import sharp from 'sharp'
import { ADMIN_PASSWORD, aTip, cameraPhoto, fileTip, LANES, multipartFile, photoProof, proofOfWork, signIn, startServer, staffWith, TestClock, type TestServer, rowIdOf } from './helpers'

const phonePhoto = () => cameraPhoto('SERIAL-SN998877')

/** A picture cut into overlapping 32-byte pieces: any of them found elsewhere means its bytes are kept readable there. */
const pieces = (data: Buffer): Buffer[] => Array.from({ length: Math.floor((data.length - 32) / 16) + 1 }, (_, i) => data.subarray(i * 16, i * 16 + 32))

describe.each(LANES)('the tip box on %s', (lane) => {
  let server: TestServer
  let handler: { authorization: string }
  const clock = new TestClock()

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    handler = await staffWith(server.app, 'xiansuo', ['tip_handler'])
  })
  afterAll(async () => server.close())

  const inject = server_inject()
  function server_inject() {
    return (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) => server.app.inject({ method, url, payload, headers })
  }
  const lookup = (receipt: string) => inject('POST', '/api/tips/lookup', { receipt })
  const tipIdOf = async (organisation: string) =>
    ((await inject('GET', '/api/admin/tips', undefined, handler)).json().items as { id: string; content: { organisation: string } }[]).find((t) => t.content.organisation === organisation)!.id

  it('gives a 16-digit receipt that opens the tip, and carries replies both ways; internal notes stay internal', async () => {
    const receipt = await fileTip(server.app, { organisation: '回执测试公司' })
    expect(receipt).toMatch(/^\d{16}$/)
    const first = await lookup(receipt)
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ status: 'new', statusLabel: '已收到，等待处理', createdAt: expect.any(String), messages: [] })

    const id = await tipIdOf('回执测试公司')
    expect((await inject('POST', `/api/admin/tips/${id}/replies`, { text: '已收到，我们正在核实，感谢您。' }, handler)).statusCode).toBe(200)
    expect((await inject('POST', `/api/admin/tips/${id}/notes`, { text: '内部：联系市场监管所查执照' }, handler)).statusCode).toBe(200)
    expect((await inject('POST', '/api/tips/messages', { receipt, text: '今天他们又在集市发传单了。' })).statusCode).toBe(201)

    const seen = (await lookup(receipt)).json()
    expect(seen.messages).toEqual([
      { from: 'office', text: '已收到，我们正在核实，感谢您。', at: expect.any(String) },
      { from: 'tipster', text: '今天他们又在集市发传单了。', at: expect.any(String) }
    ])
    const desk = (await inject('GET', `/api/admin/tips/${id}`, undefined, handler)).json()
    expect(desk.messages.map((m: { kind: string }) => m.kind)).toEqual(['office', 'note', 'tipster'])
    expect(desk.content).toMatchObject({ disguise: 'pension', organisation: '回执测试公司', place: '辛口村' })
  })

  it('works a tip through its statuses, routed to a member unit, and closed tips take no more messages', async () => {
    const receipt = await fileTip(server.app, { organisation: '流转测试公司' })
    const id = await tipIdOf('流转测试公司')
    const move = (status: string, extra: object = {}) => inject('POST', `/api/admin/tips/${id}/status`, { status, ...extra }, handler)
    expect((await move('referred', { unit: '派出所' })).statusCode).toBe(409) // must be checked first
    expect((await move('checking')).statusCode).toBe(200)
    expect((await move('referred', { unit: '不存在的单位' })).json().error.message).toContain('成员单位')
    expect((await move('referred', { unit: '派出所' })).statusCode).toBe(200)
    expect((await lookup(receipt)).json().statusLabel).toBe('已移交有关部门处理')
    expect((await move('closed')).statusCode).toBe(200)
    const late = await inject('POST', '/api/tips/messages', { receipt, text: '补充' })
    expect(late.statusCode).toBe(409)
    // The desk's thread shows the path the tip took and who moved it; the tipster's view does not.
    const thread = (await inject('GET', `/api/admin/tips/${id}`, undefined, handler)).json().messages as { kind: string; text: string; author: string | null }[]
    expect(thread.filter((m) => m.kind === 'note').map((m) => m.text)).toEqual(['状态改为“核实中”', '状态改为“已移交”，移交派出所', '状态改为“已办结”'])
    expect((await lookup(receipt)).json().messages).toEqual([])

    const rejectedReceipt = await fileTip(server.app, { organisation: '不受理测试' })
    const rid = await tipIdOf('不受理测试')
    expect((await inject('POST', `/api/admin/tips/${rid}/status`, { status: 'rejected' }, handler)).statusCode).toBe(400)
    expect((await inject('POST', `/api/admin/tips/${rid}/status`, { status: 'rejected', reason: '属于正常的亲友借款，不涉及向社会公众集资。' }, handler)).statusCode).toBe(200)
    expect((await lookup(rejectedReceipt)).json().messages[0].text).toContain('属于正常的亲友借款')

    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const log = (await inject('GET', '/api/admin/audit?actor=xiansuo', undefined, admin)).json().items.map((e: { action: string }) => e.action)
    expect(log).toEqual(expect.arrayContaining(['tip.checking', 'tip.referred', 'tip.closed', 'tip.rejected', 'tip.view']))
  })

  it('answers a wrong receipt exactly as an unknown one, and engages the rate limit on guessing', async () => {
    const receipt = await fileTip(server.app)
    const wrong = receipt.slice(0, 15) + String((Number(receipt[15]) + 1) % 10)
    const a = await lookup(wrong)
    const b = await lookup('0000000000000000')
    expect(a.statusCode).toBe(404)
    expect(a.body).toBe(b.body)
    expect((await lookup('12345')).statusCode).toBe(400)
  })

  it('strips location and device metadata from photos and keeps them encrypted', async () => {
    const original = await phonePhoto()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const up = multipartFile(original)
    const res = await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })
    expect(res.statusCode).toBe(201)
    const photoHandle: string = res.json().id
    const photoId = rowIdOf(photoHandle)
    await fileTip(server.app, { organisation: '照片测试公司', photoIds: [photoHandle] })

    // The row holds the photo, encrypted; nothing is written beside the database.
    const stored = (await server.app.db.selectFrom('tip_photos').select('data').where('id', '=', photoId).executeTakeFirstOrThrow()).data
    expect(Buffer.isBuffer(stored) && stored.length > 100).toBe(true)
    expect(stored!.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false)
    expect(stored!.includes(Buffer.from('SERIAL-SN998877'))).toBe(false)
    expect(fs.existsSync(path.join(server.app.config.DATA_DIR, 'uploads'))).toBe(false)

    const id = await tipIdOf('照片测试公司')
    const detail = (await inject('GET', `/api/admin/tips/${id}`, undefined, handler)).json()
    expect(detail.photoIds).toEqual([photoId])
    const served = await inject('GET', `/api/admin/tips/photos/${photoId}`, undefined, handler)
    expect(served.statusCode).toBe(200)
    const meta = await sharp(served.rawPayload).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 40, height: 30 })
    expect(meta.exif).toBeUndefined()
    expect(served.rawPayload.includes(Buffer.from('SERIAL-SN998877'))).toBe(false)
    expect(pieces(served.rawPayload).filter((piece) => stored!.includes(piece))).toEqual([])

    const again = await inject('POST', '/api/tips', { ...aTip({ photoIds: [photoHandle] }), pow: await proofOfWork(server.app) })
    expect(again.statusCode).toBe(400) // a photo belongs to one tip only
  })

  it('refuses bad tips with a Chinese message that says what to fix, and stores nothing', async () => {
    const count = async () => (await inject('GET', '/api/admin/tips', undefined, handler)).json().items.length
    const before = await count()
    const cases: [Record<string, unknown>, string][] = [
      [{ what: '长'.repeat(5001) }, '发生了什么'],
      [{ what: '   ' }, '发生了什么'],
      [{ disguise: 'lottery' }, '最像的名义'],
      [{ photoIds: ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'] }, '照片最多 6 张'],
      [{ photoIds: ['pnotuploaded'] }, '照片没有上传成功'],
      [{ amount: '一百万' }, '涉及金额'],
      [{ organisation: '名'.repeat(101) }, '机构或个人名称'],
      [{ contact: '电'.repeat(101) }, '联系方式']
    ]
    for (const [over, message] of cases) {
      const res = await inject('POST', '/api/tips', { ...aTip(over), pow: await proofOfWork(server.app) })
      expect({ over, status: res.statusCode }).toEqual({ over, status: 400 })
      expect(res.json().error.message).toContain(message)
    }
    const noWork = await inject('POST', '/api/tips', { ...aTip(), pow: { challenge: 'x.y.z', nonce: '1' } })
    expect(noWork.json().error.message).toContain('提交校验')
    const work = await proofOfWork(server.app)
    expect((await inject('POST', '/api/tips', { ...aTip(), pow: work })).statusCode).toBe(201)
    expect((await inject('POST', '/api/tips', { ...aTip(), pow: work })).statusCode).toBe(400) // a solved challenge is spent
    const text = multipartFile(Buffer.from('这不是图片'), 'a.jpg')
    expect((await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...text.headers, ...(await photoProof(server.app)) }, payload: text.payload })).statusCode).toBe(415)
    const big = multipartFile(Buffer.alloc(11 * 1024 * 1024, 1))
    const tooBig = await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...big.headers, ...(await photoProof(server.app)) }, payload: big.payload })
    expect(tooBig.statusCode).toBe(400)
    expect(tooBig.json().error.message).toContain('照片不能超过 10 MB')
    expect(await count()).toBe(before + 1)
  })

  it('deletes closed tips and their photos after the retention period, and audits the deletion', async () => {
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    expect((await inject('PUT', '/api/admin/tips-retention', { days: 10 }, admin)).statusCode).toBe(400)
    expect((await inject('PUT', '/api/admin/tips-retention', { days: 30 }, admin)).statusCode).toBe(200)
    const up = multipartFile(await phonePhoto())
    const photoHandle: string = (await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })).json().id
    const photoId = rowIdOf(photoHandle)
    const receipt = await fileTip(server.app, { organisation: '保留期测试', photoIds: [photoHandle] })
    const id = await tipIdOf('保留期测试')
    await inject('POST', `/api/admin/tips/${id}/status`, { status: 'checking' }, handler)
    await inject('POST', `/api/admin/tips/${id}/status`, { status: 'closed' }, handler)
    clock.advance(29 * 86400000)
    expect(await server.app.tips.purge()).toBe(0)
    clock.advance(2 * 86400000)
    expect(await server.app.tips.purge()).toBeGreaterThanOrEqual(1)
    expect((await lookup(receipt)).statusCode).toBe(404)
    expect(await server.app.db.selectFrom('tip_photos').select('id').where('id', '=', photoId).executeTakeFirst()).toBeUndefined()
    expect(fs.existsSync(path.join(server.app.config.DATA_DIR, 'uploads'))).toBe(false)
    const fresh = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const log = (await inject('GET', '/api/admin/audit?action=tip.purge', undefined, fresh)).json()
    expect(log.items[0].detail.count).toBeGreaterThanOrEqual(1)
  })
})

describe('what a copy of the data reveals', () => {
  it('holds no address, user agent, readable tip text or readable photo in the database files or logs', async () => {
    const logFile = path.join(os.tmpdir(), `fangfei-tip-log-${process.pid}.log`)
    const server = await startServer('sqlite', { LOG_LEVEL: 'debug', LOG_TO: logFile })
    try {
      const headers = { 'user-agent': 'Distinctive-Agent/7.7 (Tipster Phone)', 'x-forwarded-for': '203.0.113.199', 'x-real-ip': '198.51.100.23' }
      const up = multipartFile(await phonePhoto())
      const photo = await server.app.inject({
        method: 'POST',
        url: '/api/tips/photos',
        headers: { ...headers, ...up.headers, ...(await photoProof(server.app)) },
        payload: up.payload,
        remoteAddress: '192.0.2.77'
      })
      const receipt = await fileTip(server.app, { what: '紫色大象理财俱乐部在桥头收钱', contact: '13900001111', photoIds: [photo.json().id] }, headers)
      await server.app.inject({ method: 'POST', url: '/api/tips/messages', headers, payload: { receipt, text: '补充：紫色大象又来了' } })
      await server.app.inject({ method: 'POST', url: '/api/tips/lookup', headers, payload: { receipt: '1111222233334444' } })
      // The photo as the desk sees it, decrypted: none of its bytes may be readable in the database.
      const handler = await staffWith(server.app, 'kanzhaopian', ['tip_handler'])
      const tipId = (await server.app.inject({ method: 'GET', url: '/api/admin/tips', headers: handler })).json().items[0].id
      const photoId = (await server.app.inject({ method: 'GET', url: `/api/admin/tips/${tipId}`, headers: handler })).json().photoIds[0]
      const plain = (await server.app.inject({ method: 'GET', url: `/api/admin/tips/photos/${photoId}`, headers: handler })).rawPayload
      expect((await sharp(plain).metadata()).format).toBe('jpeg')
      await server.app.close()

      const dataDir = server.app.config.DATA_DIR
      const files: string[] = []
      const walk = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : files.push(path.join(dir, e.name))))
      walk(dataDir)
      files.push(logFile)
      expect(files.some((f) => f.endsWith('.sqlite'))).toBe(true)
      for (const file of files) {
        const bytes = fs.readFileSync(file)
        expect({ file: path.basename(file), photoPieces: pieces(plain).filter((piece) => bytes.includes(piece)).length }).toEqual({ file: path.basename(file), photoPieces: 0 })
        for (const secret of ['Distinctive-Agent', '203.0.113.199', '198.51.100.23', '192.0.2.77', '紫色大象', '13900001111', receipt]) {
          expect({ file: path.basename(file), secret, found: bytes.includes(Buffer.from(secret)) }).toEqual({ file: path.basename(file), secret, found: false })
        }
      }
    } finally {
      await server.close().catch(() => undefined)
      fs.rmSync(logFile, { force: true })
    }
  })
})
