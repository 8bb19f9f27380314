import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { FOUR_SIGNS } from '../../src/core/four-signs'
import { HOTLINE_META, HOTLINE_TOWN_META } from '../../src/core/reading-types'
import { LANES, staffWith, startServer, type TestServer } from './helpers'

// A stand-in H5 build: the page, one hashed script and its brotli copy as scripts/precompress.mjs writes it.
const SCRIPT = `console.log(${JSON.stringify('守住钱袋子'.repeat(400))})`

describe.each(LANES)('what the server sends a browser, on %s', (lane) => {
  let server: TestServer
  const web = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-web-'))

  beforeAll(async () => {
    fs.mkdirSync(path.join(web, 'js'))
    fs.writeFileSync(
      path.join(web, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><script defer src="/js/app.0123abcd.js"></script><link href="/css/app.0123abcd.css" rel="stylesheet"></head><body><div id="app"></div></body></html>'
    )
    fs.writeFileSync(path.join(web, 'js/app.0123abcd.js'), SCRIPT)
    fs.writeFileSync(path.join(web, 'js/app.0123abcd.js.br'), zlib.brotliCompressSync(SCRIPT))
    server = await startServer(lane, { WEB_DIR: web })
  })
  afterAll(async () => {
    await server?.close()
    fs.rmSync(web, { recursive: true, force: true })
  })

  it('hands the page the hotline, so home shows it before any request of its own', async () => {
    const admin = await staffWith(server.app, 'web_admin', ['admin'])
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    const address = '镇政府"经济办"<b>&二楼'
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '022-28380000', hotlineAddress: address } })).statusCode).toBe(200)
    for (const url of ['/', '/index.html']) {
      const res = await server.app.inject({ method: 'GET', url })
      expect(res.statusCode).toBe(200)
      expect(res.headers['cache-control']).toBe('no-cache')
      expect(res.headers['content-security-policy']).toContain("script-src 'self'")
      const content = new RegExp(`<meta name="${HOTLINE_META}" content="([^"]*)">`).exec(res.body)?.[1] ?? ''
      // Quotes and brackets in the office's text cannot break out of the attribute.
      expect(content).not.toMatch(/[<>"]/)
      const unescaped = content
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
      expect(JSON.parse(unescaped)).toEqual((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json())
      expect(JSON.parse(unescaped)).toMatchObject({ phone: '022-28380000', address })
    }
  })

  it("paints home's hotline and four signs from the page itself: tel: links, the office's text escaped, no stylesheet to wait for first", async () => {
    const admin = await staffWith(server.app, 'web_paint', ['admin'])
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    const address = '镇政府"经济办"<b>&二楼'
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '022-28380000', hotlineAddress: address } })).statusCode).toBe(200)
    const res = await server.app.inject({ method: 'GET', url: '/' })
    const [head, body] = res.body.split('</head>')
    const paint = /<div id="first-paint"[\s\S]*?<\/script>/.exec(body)?.[0] ?? ''
    // The call button's words break only between 一键 and the number, never inside either (as the app's CallWords).
    expect(paint).toContain('<a class="first-paint__call" href="tel:02228380000"><span><span class="first-paint__unit">一键</span><span class="first-paint__unit">拨打 022-28380000</span></span></a>')
    expect(paint).toContain('href="tel:110">报警 110</a>')
    expect(paint).toContain('href="tel:96110">反诈 96110</a>')
    expect(paint).toContain('镇政府&quot;经济办&quot;&lt;b&gt;&amp;二楼')
    expect(paint).not.toContain('<b>')
    for (const sign of FOUR_SIGNS) expect(paint).toContain(sign.title)
    // The stylesheet moves below the copy, so only the app waits for it; there is still exactly one.
    expect(head).not.toContain('stylesheet')
    expect(body.indexOf('<link href="/css/app.0123abcd.css" rel="stylesheet">')).toBeGreaterThan(body.indexOf('id="first-paint"'))
    expect(res.body.match(/rel="stylesheet"/g)).toHaveLength(1)
    // Its one inline script runs because the policy names that very script's hash, and no other inline script.
    const inline = [...res.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    expect(inline).toHaveLength(1)
    const policy = res.headers['content-security-policy'] as string
    expect(policy).toMatch(new RegExp(`script-src 'self' 'sha256-${createHash('sha256').update(inline[0]).digest('base64').replace(/[+/]/g, '\\$&')}'(;|$)`))
  })

  it("hands a link to one town that town's hotline and its code, and an unknown town's link the first town's, unnamed", async () => {
    const admin = await staffWith(server.app, 'web_district', ['admin'])
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'yangliuqing', name: '杨柳青镇' } })).statusCode).toBe(201)
    const profile: object = (await server.app.inject({ method: 'GET', url: '/api/town?town=yangliuqing' })).json()
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town?town=yangliuqing', headers: admin, payload: { ...profile, hotlinePhone: '022-27941234' } })).statusCode).toBe(200)
    const page = async (url: string) => {
      const body = (await server.app.inject({ method: 'GET', url })).body
      const hotline = JSON.parse(
        (new RegExp(`<meta name="${HOTLINE_META}" content="([^"]*)">`).exec(body)?.[1] ?? '')
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
      )
      return { phone: hotline.phone as string | null, town: new RegExp(`<meta name="${HOTLINE_TOWN_META}" content="([^"]*)">`).exec(body)?.[1] ?? null }
    }
    expect(await page('/?town=yangliuqing')).toEqual({ phone: '022-27941234', town: 'yangliuqing' })
    const first = (await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone
    expect(first).not.toBe('022-27941234')
    for (const url of ['/?town=nowhere', '/?town=%3Cb%3E', '/']) expect(await page(url)).toEqual({ phone: first, town: null })
  })

  it('sends the built files brotli-compressed from the copy made at build time, and plain to a client that cannot read it', async () => {
    const squeezed = await server.app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(squeezed.headers['content-encoding']).toBe('br')
    expect(squeezed.headers['cache-control']).toContain('immutable')
    expect(squeezed.rawPayload.length).toBeLessThan(SCRIPT.length / 10)
    expect(zlib.brotliDecompressSync(squeezed.rawPayload).toString()).toBe(SCRIPT)
    const plain = await server.app.inject({ method: 'GET', url: '/js/app.0123abcd.js' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(SCRIPT)
  })

  it('compresses API answers over 1 KB for clients that accept it, and leaves small ones and other clients alone', async () => {
    const list = await server.app.inject({ method: 'GET', url: '/api/articles?pageSize=20', headers: { 'accept-encoding': 'br' } })
    expect(list.headers['content-encoding']).toBe('br')
    const plain = await server.app.inject({ method: 'GET', url: '/api/articles?pageSize=20' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(zlib.brotliDecompressSync(list.rawPayload).toString())).toEqual(plain.json())
    const small = await server.app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br' } })
    expect(small.headers['content-encoding']).toBeUndefined()
  })

  it('does not inflate a compressed request body: no phone sends one', async () => {
    const body = zlib.gzipSync(JSON.stringify({ text: '保本保息，年化 20%' }))
    const res = await server.app.inject({ method: 'POST', url: '/api/ad-check', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, payload: body })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
  })
})
