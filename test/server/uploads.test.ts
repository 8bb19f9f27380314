import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { multipartBody } from './forms'
import { cameraPhoto, CHINESE, fileTip, LANES, multipartFile, photoProof, startServer, staffWith, type TestServer, rowIdOf } from './helpers'

// Starting a server and signing in (Argon2) takes seconds on a busy machine.
jest.setTimeout(60_000)

// Every multipart route: office images, tip photos, flyer photos for 广告体检, the quiz import.
const ROUTES = ['/api/admin/images', '/api/tips/photos', '/api/ad-check/photo', '/api/admin/quiz/import']
// The routes that take a solved challenge before they read the body.
const PROVED = new Set(['/api/tips/photos', '/api/ad-check/photo'])

const file = { name: 'file', filename: 'a.csv', type: 'text/csv', data: '题型,分类\r\n判断,pension\r\n' }
const good = multipartBody([file])
const ct = good.headers

// Broken bodies a careless or hostile client sends, and what each must get.
const BROKEN: { name: string; headers: Record<string, string>; payload: Buffer | string; status: number; code: string }[] = [
  { name: 'no boundary in the content type', headers: { 'content-type': 'multipart/form-data' }, payload: good.payload, status: 400, code: 'bad_form' },
  { name: 'a boundary the body does not use', headers: { 'content-type': 'multipart/form-data; boundary=other' }, payload: good.payload, status: 400, code: 'no_file' },
  { name: 'cut off inside the file', headers: ct, payload: good.payload.subarray(0, good.payload.length - 30), status: 400, code: 'bad_form' },
  { name: 'cut off inside the part headers', headers: ct, payload: good.payload.subarray(0, 40), status: 400, code: 'no_file' },
  { name: 'no parts at all', headers: ct, payload: '', status: 400, code: 'no_file' },
  { name: 'a text field and no file', headers: ct, payload: multipartBody([{ name: 'note', data: '你好' }]).payload, status: 400, code: 'one_file' },
  { name: 'a 2 MB field before the file', headers: ct, payload: multipartBody([{ name: 'note', data: 'x'.repeat(2_000_000) }, file]).payload, status: 400, code: 'one_file' },
  { name: 'two files', headers: ct, payload: multipartBody([file, { ...file, filename: 'b.csv' }]).payload, status: 400, code: 'one_file' },
  { name: 'a prototype key as the field name', headers: ct, payload: multipartBody([{ ...file, name: '__proto__' }]).payload, status: 400, code: 'bad_form' },
  { name: 'JSON instead of a form', headers: { 'content-type': 'application/json' }, payload: '{"file":"a"}', status: 415, code: 'not_multipart' }
]

describe.each(LANES)('broken multipart bodies (%s)', (lane) => {
  let server: TestServer
  let staff: { authorization: string }
  beforeAll(async () => {
    server = await startServer(lane)
    staff = await staffWith(server.app, 'uploader', ['editor', 'publisher'])
  })
  afterAll(async () => server.close())

  it.each(ROUTES)('%s answers each with a 4xx and a Chinese message, never a 500', async (url) => {
    const seen = []
    for (const c of BROKEN) {
      // Photos need a solved challenge before the body is even read: give each one, so the body is what is tested.
      const proof = PROVED.has(url) ? await photoProof(server.app) : {}
      const res = await server.app.inject({ method: 'POST', url, headers: { ...staff, ...proof, ...c.headers }, payload: c.payload })
      const body = res.json()
      seen.push({ name: c.name, status: res.statusCode, code: body.error?.code, chinese: CHINESE.test(body.error?.message ?? '') })
    }
    expect(seen).toEqual(BROKEN.map((c) => ({ name: c.name, status: c.status, code: c.code, chinese: true })))
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
  })
})

describe.each(LANES)('uploads kept as files before they moved into the database (%s)', (lane) => {
  it('are moved into their rows at the next start and served from there, and their files are gone', async () => {
    const server = await startServer(lane)
    let restarted: FastifyInstance | null = null
    try {
      const app = server.app
      const editor = await staffWith(app, 'jiutupian', ['editor'])
      const handler = await staffWith(app, 'jiuzhaopian', ['tip_handler'])
      const image = multipartFile(await cameraPhoto('SERIAL-OLD-IMAGE', 64, 48), 'a.jpg')
      const imageId = (await app.inject({ method: 'POST', url: '/api/admin/images', headers: { ...editor, ...image.headers }, payload: image.payload })).json().id
      const photo = multipartFile(await cameraPhoto('SERIAL-OLD-PHOTO'))
      const photoHandle: string = (await app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...photo.headers, ...(await photoProof(app)) }, payload: photo.payload })).json().id
      const photoId = rowIdOf(photoHandle)
      await fileTip(app, { organisation: '旧照片测试', photoIds: [photoHandle] })
      const picture = (await app.inject({ method: 'GET', url: `/api/images/${imageId}` })).rawPayload
      const plainPhoto = (await app.inject({ method: 'GET', url: `/api/admin/tips/photos/${photoId}`, headers: handler })).rawPayload
      expect(picture.length > 100 && plainPhoto.length > 100).toBe(true)

      // A deployment from before, as the migration leaves it: the bytes in DATA_DIR/uploads/<kind>/<id>.<ext>
      // (tip photos encrypted, as the row holds them), the rows without them.
      const db = app.db
      const imageBytes = (await db.selectFrom('images').select('data').where('id', '=', imageId).executeTakeFirstOrThrow()).data!
      const photoBytes = (await db.selectFrom('tip_photos').select('data').where('id', '=', photoId).executeTakeFirstOrThrow()).data!
      const uploads = path.join(app.config.DATA_DIR, 'uploads')
      fs.mkdirSync(path.join(uploads, 'images'), { recursive: true })
      fs.mkdirSync(path.join(uploads, 'tips'), { recursive: true })
      const imageFile = path.join(uploads, 'images', `${imageId}.jpg`)
      const photoFile = path.join(uploads, 'tips', `${photoId}.bin`)
      fs.writeFileSync(imageFile, imageBytes, { mode: 0o600 })
      fs.writeFileSync(photoFile, photoBytes, { mode: 0o600 })
      await db.updateTable('images').set({ data: null }).where('id', '=', imageId).execute()
      await db.updateTable('tip_photos').set({ data: null }).where('id', '=', photoId).execute()
      // A row whose file was lost, the file of a photo purged before its file was removed, and one written a moment ago.
      await db.insertInto('images').values({ id: 'ilost0000000000', mime: 'image/png', bytes: 10, width: 1, height: 1, created_at: new Date().toISOString(), created_by: null }).execute()
      const purged = path.join(uploads, 'tips', 'ppurged00000000.bin')
      fs.writeFileSync(purged, Buffer.from('ciphertext of a purged photo'))
      fs.utimesSync(purged, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000))
      const young = path.join(uploads, 'images', 'iyoung000000000.png')
      fs.writeFileSync(young, Buffer.from('an upload whose row is being written'))
      // Files are never read to answer a request: until the move, the picture is not there.
      expect((await app.inject({ method: 'GET', url: `/api/images/${imageId}` })).statusCode).toBe(404)
      await app.close()

      restarted = await buildApp(app.config, { logger: false })
      const served = await restarted.inject({ method: 'GET', url: `/api/images/${imageId}` })
      expect(served.statusCode).toBe(200)
      expect(served.headers['content-type']).toBe('image/jpeg')
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(served.rawPayload.equals(picture)).toBe(true)
      const servedPhoto = await restarted.inject({ method: 'GET', url: `/api/admin/tips/photos/${photoId}`, headers: handler })
      expect(servedPhoto.statusCode).toBe(200)
      expect(servedPhoto.rawPayload.equals(plainPhoto)).toBe(true)
      expect((await restarted.db.selectFrom('tip_photos').select('data').where('id', '=', photoId).executeTakeFirstOrThrow()).data!.equals(photoBytes)).toBe(true)
      expect((await restarted.inject({ method: 'GET', url: '/api/images/ilost0000000000' })).statusCode).toBe(404)
      expect({ image: fs.existsSync(imageFile), photo: fs.existsSync(photoFile), purged: fs.existsSync(purged), young: fs.existsSync(young) }).toEqual({
        image: false,
        photo: false,
        purged: false,
        young: true
      })
      expect(fs.existsSync(path.join(uploads, 'tips'))).toBe(false)
    } finally {
      await restarted?.close()
      await server.close()
    }
  })
})
