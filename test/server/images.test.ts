import sharp from 'sharp'
import Database from 'better-sqlite3'
import path from 'node:path'
import { Client } from 'pg'
import { pngDeclaring, SVG_BOMB } from './pictures'
import { aTip, cameraPhoto, LANES, multipartFile, photoProof, proofOfWork, startServer, staffWith, TestClock, type TestServer } from './helpers'

/** The first bytes of an iPhone's HEIC picture. */
const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(64)])

const officePhoto = () => cameraPhoto('SERIAL-OFFICE-4411', 64, 48)

describe.each(LANES)('uploaded pictures on %s', (lane) => {
  let server: TestServer
  let editor: { authorization: string }
  const clock = new TestClock()

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    editor = await staffWith(server.app, 'tupian', ['editor'])
  })
  afterAll(async () => server.close())

  const tipPhoto = async (data: Buffer, proof?: Record<string, string>) => {
    const up = multipartFile(data)
    return server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(proof ?? (await photoProof(server.app))) }, payload: up.payload })
  }
  const officeImage = (data: Buffer, filename = 'banner.png') => {
    const up = multipartFile(data, filename, 'image/png')
    return server.app.inject({ method: 'POST', url: '/api/admin/images', headers: { ...editor, ...up.headers }, payload: up.payload })
  }

  it('refuses what a phone camera does not produce, from its bytes, before any decoder sees it', async () => {
    for (const res of [await tipPhoto(SVG_BOMB), await officeImage(SVG_BOMB, 'flyer.svg')]) {
      expect(res.statusCode).toBe(415)
      expect(res.json().error.message).toContain('JPG、PNG、WebP')
    }
    const heic = await tipPhoto(HEIC)
    expect(heic.statusCode).toBe(415)
    expect(heic.json().error).toMatchObject({ code: 'heic_unsupported' })
  })

  it('refuses a picture that declares more pixels than a camera takes, without decoding it', async () => {
    for (const res of await Promise.all([tipPhoto(pngDeclaring(16000, 16000)), tipPhoto(pngDeclaring(20000, 20000)), officeImage(pngDeclaring(16000, 16000))])) {
      expect(res.statusCode).toBe(413)
      expect(res.json().error).toMatchObject({ code: 'too_many_pixels' })
    }
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ ok: true })
  })

  it('asks a proof of work for tip photos: one solved challenge serves the six photos of one tip', async () => {
    const photo = await officePhoto()
    const up = multipartFile(photo)
    const none = await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: up.headers, payload: up.payload })
    expect(none.statusCode).toBe(400)
    expect(none.json().error.message).toContain('校验')
    const proof = await photoProof(server.app)
    for (let i = 0; i < 6; i++) expect((await tipPhoto(photo, proof)).statusCode).toBe(201)
    expect((await tipPhoto(photo, proof)).statusCode).toBe(400)
    const forged = { 'x-tip-proof': `${proof['x-tip-proof'].split(':')[0].replace(/.$/, (c) => (c === '0' ? '1' : '0'))}:1` }
    expect((await tipPhoto(photo, forged)).statusCode).toBe(400)
  })

  it("strips the office's pictures of their GPS position and camera serial", async () => {
    const res = await officeImage(await officePhoto(), 'photo.jpg')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48 })
    const served = await server.app.inject({ method: 'GET', url: `/api/images/${res.json().id}` })
    expect(served.statusCode).toBe(200)
    const meta = await sharp(served.rawPayload).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
    expect(meta.exif).toBeUndefined()
    expect(served.rawPayload.includes(Buffer.from('SERIAL-OFFICE-4411'))).toBe(false)
  })

  it('says it is unhealthy while writes cannot reach the database, and refuses a tip with 503, not 500', async () => {
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    // Another connection holds the lock every write needs, as a stuck process or a held transaction would.
    let release: () => Promise<void>
    if (lane === 'sqlite') {
      const other = new Database(path.join(server.app.config.DATA_DIR, 'fangfei.sqlite'))
      other.exec('begin immediate')
      release = async () => {
        other.exec('rollback')
        other.close()
      }
    } else {
      const other = new Client({ connectionString: server.app.config.DATABASE_URL })
      await other.connect()
      await other.query('begin')
      await other.query("select * from settings where key = 'health_beat' for update")
      release = async () => {
        await other.query('rollback')
        await other.end()
      }
    }
    try {
      const res = await server.app.inject({ method: 'GET', url: '/api/health' })
      expect(res.statusCode).toBe(503)
      expect(res.json().error).toMatchObject({ code: 'db_stalled' })
      if (lane === 'sqlite') {
        // Held past every retry, the database refuses a tip: the tipster hears it was not saved and to try again, not a crash.
        const tip = await server.app.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip(), pow: await proofOfWork(server.app) } })
        expect(tip.statusCode).toBe(503)
        expect(tip.json().error).toMatchObject({ code: 'busy', message: expect.stringContaining('没有保存') })
      }
    } finally {
      await release()
    }
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
  })
})
