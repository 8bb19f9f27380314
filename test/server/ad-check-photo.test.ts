import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { everyRow } from './every-row'
import { flyer, FLYER_LINES, photographed } from './flyers'
import { pngDeclaring } from './pictures'
import { CHINESE, multipartFile, photoProof, startServer, type TestServer } from './helpers'

// The models load in about a second and a photo takes two or three on a busy two-core machine.
jest.setTimeout(120_000)

const URL = '/api/ad-check/photo'

/** Every file under DATA_DIR but the database's own, with its size. */
function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('fangfei.sqlite'))
    .map((e) => `${path.relative(dir, path.join(e.parentPath, e.name))}:${fs.statSync(path.join(e.parentPath, e.name)).size}`)
    .sort()
}

describe('广告体检 from a photographed flyer', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer('sqlite')
  })
  afterAll(async () => server.close())

  const send = async (data: Buffer, type = 'image/jpeg', headers: Record<string, string> = {}) => {
    const form = multipartFile(data, 'flyer.jpg', type)
    return server.app.inject({ method: 'POST', url: URL, headers: { ...(await photoProof(server.app)), ...form.headers, ...headers }, payload: form.payload })
  }

  it('reads the words of a printed flyer, line by line, and the text then checks as high risk', async () => {
    const res = await send(await flyer(), 'image/png')
    expect(res.statusCode).toBe(200)
    const { text, lines } = res.json() as { text: string; lines: number }
    for (const words of ['保本保息', '稳赚不赔', '返利', '推荐一人', '到期还本', '辛口镇']) expect(text).toContain(words)
    expect(lines).toBe(text.split('\n').length)
    // Top to bottom, as printed.
    expect(text.indexOf('保本保息')).toBeLessThan(text.indexOf('到期还本'))
    const checked = await server.app.inject({ method: 'POST', url: '/api/ad-check', payload: { text } })
    expect(checked.json().risk).toBe('high')
  })

  it('reads the flyer photographed on a table: turned, out of focus, unevenly lit, a JPEG', async () => {
    for (const conditions of [
      { angle: 4, blur: 1.2, quality: 70 },
      { angle: -7, blur: 2, quality: 45 }
    ]) {
      const photo = await photographed(await flyer(), conditions)
      const res = await send(photo)
      expect(res.statusCode).toBe(200)
      const text = (res.json() as { text: string }).text
      const found = ['保本保息', '稳赚不赔', '返利', '奖励', '到期还本'].filter((w) => text.includes(w))
      expect({ conditions, found }).toEqual({ conditions, found: ['保本保息', '稳赚不赔', '返利', '奖励', '到期还本'] })
    }
  })

  it('says in Chinese when a photo has no words on it', async () => {
    const wall = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d9d4c7' } })
      .jpeg()
      .toBuffer()
    const res = await send(wall)
    expect(res.statusCode).toBe(422)
    expect(res.json().error).toEqual({ code: 'no_text', message: expect.stringMatching(/没有认出文字/) })
  })

  it('refuses what is not a readable photo with a 4xx and a Chinese message, and reads the next photo as before', async () => {
    const printed = await flyer(FLYER_LINES.slice(0, 3), 900, 300)
    const jpeg = await sharp(printed).jpeg().toBuffer()
    const cases: { name: string; data: Buffer; status: number; code: string }[] = [
      { name: 'a text file', data: Buffer.from('保本保息，年化18%'), status: 415, code: 'not_an_image' },
      { name: 'an SVG', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="9000"/>'), status: 415, code: 'not_an_image' },
      { name: 'an empty file', data: Buffer.alloc(0), status: 400, code: 'empty_file' },
      { name: 'over 10 MB', data: Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024)]), status: 400, code: 'too_large' },
      { name: 'a PNG declaring 100 megapixels', data: pngDeclaring(10_000, 10_000), status: 413, code: 'too_many_pixels' },
      { name: 'a JPEG cut short', data: jpeg.subarray(0, Math.floor(jpeg.length / 2)), status: 400, code: 'not_an_image' },
      { name: 'a PNG cut short', data: printed.subarray(0, Math.floor(printed.length / 2)), status: 400, code: 'not_an_image' }
    ]
    const seen = []
    for (const c of cases) {
      const res = await send(c.data)
      const error = res.json().error as { code?: string; message?: string } | undefined
      seen.push({ name: c.name, status: res.statusCode, code: error?.code, chinese: CHINESE.test(error?.message ?? '') })
    }
    expect(seen).toEqual(cases.map((c) => ({ name: c.name, status: c.status, code: c.code, chinese: true })))
    const after = await send(jpeg)
    expect(after.statusCode).toBe(200)
    expect(after.json().text).toContain('保本保息')
  })

  it('keeps nothing: no row in any table and no file in DATA_DIR, whether the photo is read or refused', async () => {
    const store = { dataDir: server.app.config.DATA_DIR, databaseUrl: server.app.config.DATABASE_URL }
    const rowsBefore = await everyRow(store)
    const filesBefore = filesIn(store.dataDir)
    const printed = await flyer(FLYER_LINES.slice(0, 4), 900, 400)
    expect((await send(printed, 'image/png')).statusCode).toBe(200)
    expect((await send(printed.subarray(0, 2000), 'image/png')).statusCode).toBe(400)
    expect(await everyRow(store)).toEqual(rowsBefore)
    expect(filesIn(store.dataDir)).toEqual(filesBefore)
  })

  it('needs a solved challenge, and one serves one photo', async () => {
    const printed = await flyer(FLYER_LINES.slice(0, 2), 900, 300)
    const form = multipartFile(printed, 'flyer.png', 'image/png')
    const bare = await server.app.inject({ method: 'POST', url: URL, headers: form.headers, payload: form.payload })
    expect(bare.statusCode).toBe(400)
    expect(bare.json().error.message).toMatch(/校验/)
    const proof = await photoProof(server.app)
    const first = await server.app.inject({ method: 'POST', url: URL, headers: { ...proof, ...form.headers }, payload: form.payload })
    expect(first.statusCode).toBe(200)
    const again = await server.app.inject({ method: 'POST', url: URL, headers: { ...proof, ...form.headers }, payload: form.payload })
    expect(again.json().error.code).toBe('bad_proof')
  })

  it('asks the sender to try again when more photos wait than the queue holds, and reads again afterwards', async () => {
    const photo = await sharp(await flyer(FLYER_LINES.slice(1, 3), 900, 300))
      .jpeg()
      .toBuffer()
    // All sent at once: one is read, four wait, the rest are refused at once.
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(photo)))
    const statuses = answers.map((r) => r.statusCode).sort()
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(5)
    const busy = answers.filter((r) => r.statusCode === 503).map((r) => r.json().error)
    expect(busy.length).toBeGreaterThanOrEqual(1)
    for (const error of busy) expect(error).toEqual({ code: 'busy', message: expect.stringMatching(/人太多.*再试/) })
    for (const r of answers.filter((a) => a.statusCode === 200)) expect(r.json().text).toContain('保本保息')
    expect((await send(photo)).statusCode).toBe(200)
  })
})
