import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'

describe('headers and logs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-sec-'))
  const web = path.join(dir, 'web')
  fs.mkdirSync(web)
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><html><head><title>防非宣传</title></head><body><div id="app"></div></body></html>')
  const lines: string[] = []
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    }
  })
  let app: Awaited<ReturnType<typeof buildApp>>

  beforeAll(async () => {
    app = await buildApp(loadConfig({ DATA_DIR: path.join(dir, 'data'), WEB_DIR: web, LOG_LEVEL: 'debug' }), { logger: { stream: sink } })
  })
  afterAll(async () => {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps its data folder (database, keys, photos) closed to other users of the machine', () => {
    expect(fs.statSync(path.join(dir, 'data')).mode & 0o077).toBe(0)
  })

  it('marks API answers as data that a browser must not sniff, frame or render', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/articles' })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'none'")
    expect(res.headers['x-frame-options']).toBe('DENY')
  })

  it('serves the H5 page with a content security policy that works over plain http', async () => {
    const res = await app.inject({ method: 'GET', url: '/' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests')
    expect(res.headers['cache-control']).toBe('no-cache')
  })

  it('writes no address or user agent to the log, whatever the request claims', async () => {
    const headers = { 'user-agent': 'Distinctive-UA/9.9', 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '198.51.100.5' }
    await app.inject({ method: 'GET', url: '/api/articles', headers })
    await app.inject({ method: 'GET', url: '/api/articles?pageSize=500', headers })
    await app.inject({ method: 'GET', url: '/api/nowhere', headers })
    await app.inject({ method: 'GET', url: '/api/articles', headers, remoteAddress: '192.0.2.44' })
    const log = lines.join('')
    expect(log).toContain('request refused')
    for (const secret of ['Distinctive-UA', '203.0.113.77', '198.51.100.5', '192.0.2.44', '127.0.0.1']) expect(log).not.toContain(secret)
  })
})
