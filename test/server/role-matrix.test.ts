import type { InjectOptions } from 'fastify'
import { ROLE_CODES } from '../../src/core/roles'
import { STAFF_ROUTES as ROUTES, type Who } from './staff-routes'
import { LANES, signIn, startServer, staffWith, TestClock, type TestServer } from './helpers'

describe.each(LANES)('role matrix on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock()
  const tokens = new Map<Who, { authorization: string }>()

  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
    // The first account holds every role, so each role is tried on an account of its own.
    for (const role of ROLE_CODES) tokens.set(role, await staffWith(server.app, `only_${role}`, [role]))
  })
  afterAll(async () => server.close())

  const call = (method: string, url: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: method as InjectOptions['method'], url: url.replace(':id', 'no-such-id'), headers, payload: method === 'GET' ? undefined : {} })

  it('lists every staff route the server has (as its OpenAPI description does)', () => {
    const paths = server.app.swagger().paths ?? {}
    const actual = Object.entries(paths)
      .filter(([url]) => url.startsWith('/api/admin/') && url !== '/api/admin/login')
      .flatMap(([url, ops]) => Object.keys(ops ?? {}).map((m) => `${m.toUpperCase()} ${url.replace('{id}', ':id')}`))
    expect(actual.sort()).toEqual(ROUTES.map(([m, u]) => `${m} ${u}`).sort())
  })

  it.each(ROUTES)('%s %s: no token is 401', async (method, url) => {
    const res = await call(method, url)
    expect(res.statusCode).toBe(401)
    expect(res.json().error.message).toBe('请先登录。')
  })

  it.each(ROUTES)('%s %s: only the right roles pass', async (method, url, allowed) => {
    for (const role of ROLE_CODES) {
      // Signing out ends the session, so that route gets a fresh one each time.
      const headers = url.endsWith('/logout') ? await signIn(server.app, `only_${role}`, `only_${role}-password-123`) : tokens.get(role)!
      const res = await call(method, url, headers)
      if (allowed.includes(role)) expect({ role, denied: [401, 403].includes(res.statusCode) }).toEqual({ role, denied: false })
      else {
        expect({ role, status: res.statusCode }).toEqual({ role, status: 403 })
        expect(res.json().error.message).toBe('您的账号没有权限进行这个操作。')
      }
    }
  })

  it('refuses every route with an expired token', async () => {
    const headers = await staffWith(server.app, 'soon_expired', ['editor', 'publisher', 'admin', 'tip_handler'])
    clock.advance(13 * 3600 * 1000)
    for (const [method, url] of ROUTES) {
      const res = await call(method, url, headers)
      expect({ route: `${method} ${url}`, status: res.statusCode }).toEqual({ route: `${method} ${url}`, status: 401 })
    }
  })
})
