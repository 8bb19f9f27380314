import sharp from 'sharp'
import Database from 'better-sqlite3'
import path from 'node:path'
import { Client } from 'pg'
import { pngDeclaring, SVG_BOMB } from './pictures'
import type { AppError } from '../../server/errors'
import { ImageProcessor } from '../../server/modules/images/processor'
import { UNATTACHED_PHOTO_CAP } from '../../server/modules/tips/service'
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

  it('answers an empty file alike, wherever a picture is uploaded', async () => {
    for (const res of [await tipPhoto(Buffer.alloc(0)), await officeImage(Buffer.alloc(0))]) {
      expect(res.statusCode).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'empty_file' })
    }
  })

  it('refuses a picture over the size limit, rather than decoding what came before the limit', async () => {
    // A real photo followed by 5 MB of padding: its first 5 MB alone would decode.
    const res = await officeImage(Buffer.concat([await officePhoto(), Buffer.alloc(5 * 1024 * 1024)]), 'big.jpg')
    expect(res.statusCode).toBe(413)
    expect(res.json().error).toMatchObject({ code: 'too_large' })
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

  it('stops taking tip photos once too many wait unsent, and takes them again when they are gone', async () => {
    const db = server.app.db
    const { n } = await db
      .selectFrom('tip_photos')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tip_id', 'is', null)
      .executeTakeFirstOrThrow()
    const filler = Array.from({ length: UNATTACHED_PHOTO_CAP - Number(n) }, (_, i) => ({ id: `p-filler-${i}`, tip_id: null, key_office: 'x', created_at: new Date().toISOString() }))
    for (let i = 0; i < filler.length; i += 200)
      await db
        .insertInto('tip_photos')
        .values(filler.slice(i, i + 200))
        .execute()
    const full = await tipPhoto(await officePhoto())
    expect(full.statusCode).toBe(503)
    expect(full.json().error).toMatchObject({ code: 'photos_full' })
    await db.deleteFrom('tip_photos').where('id', 'like', 'p-filler-%').execute()
    expect((await tipPhoto(await officePhoto())).statusCode).toBe(201)
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
      // PostgreSQL waits on the row lock, so the write stalls; SQLite gives up after its short busy wait (connect.ts),
      // which a loaded machine may stretch past health's timer: either way health says the database takes no writes.
      expect(res.json().error.code).toEqual(lane === 'postgres' ? 'db_stalled' : expect.stringMatching(/^db_(stalled|failed)$/))
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

describe('the picture queue', () => {
  it("takes the office's pictures first and keeps room for them when tip photos pile up", async () => {
    const processor = new ImageProcessor()
    try {
      const photo = await officePhoto()
      const done: string[] = []
      const tips = Array.from({ length: 20 }, (_, i) =>
        processor.clean(photo, 'tip').then(
          () => done.push(`tip ${i}`),
          (err: AppError) => done.push(`tip ${i} ${err.code}`)
        )
      )
      const office = processor.clean(photo, 'office').then(() => done.push('office'))
      await Promise.all([...tips, office])
      // One tip photo was already being worked on; sixteen waited; the rest were told to come back.
      expect(done.slice(0, 3)).toEqual(['tip 17 busy', 'tip 18 busy', 'tip 19 busy'])
      expect(done.slice(3, 6)).toEqual(['tip 0', 'office', 'tip 1'])
      expect(done).toHaveLength(21)
    } finally {
      await processor.close()
    }
  })

  it('reads a picture in the chunks an upload arrived in, however they were cut', async () => {
    const processor = new ImageProcessor()
    try {
      const photo = await officePhoto()
      // A first chunk of one byte: the format is told from the bytes of the first chunks together.
      const cut = (data: Buffer) => [data.subarray(0, 1), data.subarray(1, 3), data.subarray(3, 3), data.subarray(3, 100), data.subarray(100)]
      expect(await processor.clean(cut(photo), 'office')).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
      await expect(processor.clean(cut(SVG_BOMB), 'tip')).rejects.toMatchObject({ statusCode: 415, code: 'not_an_image' })
      await expect(processor.clean([Buffer.alloc(0), Buffer.alloc(0)], 'tip')).rejects.toMatchObject({ statusCode: 400, code: 'empty_file' })
    } finally {
      await processor.close()
    }
  })

  it("scales a tip photo to 2000 px on its longer side and keeps an office picture's 2600", async () => {
    const processor = new ImageProcessor()
    try {
      const wide = await sharp({ create: { width: 2600, height: 1000, channels: 3, background: '#c96' } })
        .jpeg()
        .toBuffer()
      expect(await processor.clean(wide, 'tip')).toMatchObject({ width: 2000, height: 769 })
      expect(await processor.clean(wide, 'office')).toMatchObject({ width: 2600, height: 1000 })
    } finally {
      await processor.close()
    }
  })
})
