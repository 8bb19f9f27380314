import type { InjectOptions } from 'fastify'
import { ROLE_CODES } from '../../src/core/roles'
import { LANES, signIn, startServer, staffWith, TestClock, type TestServer } from './helpers'

type Who = (typeof ROLE_CODES)[number]
const ANY: Who[] = [...ROLE_CODES]
const WRITERS: Who[] = ['editor', 'publisher']
const PUBLISHERS: Who[] = ['publisher']
const ADMINS: Who[] = ['admin']
const HANDLERS: Who[] = ['tip_handler']

// Every staff route, and who may use it. A route added without a line here
// fails the completeness check below.
const ROUTES: [string, string, Who[]][] = [
  ['GET', '/api/admin/me', ANY],
  ['POST', '/api/admin/password', ANY],
  ['POST', '/api/admin/logout', ANY],
  ['GET', '/api/admin/users', ADMINS],
  ['POST', '/api/admin/users', ADMINS],
  ['PATCH', '/api/admin/users/:id', ADMINS],
  ['POST', '/api/admin/users/:id/password', ADMINS],
  ['GET', '/api/admin/audit', ADMINS],
  ['PUT', '/api/admin/town', ADMINS],
  ['POST', '/api/admin/towns', ADMINS],
  ['POST', '/api/admin/tips/:id/transfer', HANDLERS],
  ['POST', '/api/admin/images', WRITERS],
  ...(['articles', 'cases'] as const).flatMap((kind): [string, string, Who[]][] => [
    ['GET', `/api/admin/${kind}`, WRITERS],
    ['POST', `/api/admin/${kind}`, WRITERS],
    ['GET', `/api/admin/${kind}/:id`, WRITERS],
    ['PUT', `/api/admin/${kind}/:id`, WRITERS],
    ['GET', `/api/admin/${kind}/:id/preview`, WRITERS],
    ['POST', `/api/admin/${kind}/:id/submit`, WRITERS],
    ['POST', `/api/admin/${kind}/:id/restore`, WRITERS],
    ['POST', `/api/admin/${kind}/:id/reject`, PUBLISHERS],
    ['POST', `/api/admin/${kind}/:id/publish`, PUBLISHERS],
    ['POST', `/api/admin/${kind}/:id/withdraw`, PUBLISHERS]
  ]),
  ['GET', '/api/admin/campaigns', PUBLISHERS],
  ['POST', '/api/admin/campaigns', PUBLISHERS],
  ['GET', '/api/admin/campaigns/:id', PUBLISHERS],
  ['PUT', '/api/admin/campaigns/:id', PUBLISHERS],
  ['POST', '/api/admin/campaigns/:id/publish', PUBLISHERS],
  ['POST', '/api/admin/campaigns/:id/withdraw', PUBLISHERS],
  ['GET', '/api/admin/exposures', PUBLISHERS],
  ['POST', '/api/admin/exposures', PUBLISHERS],
  ['PUT', '/api/admin/exposures/:id', PUBLISHERS],
  ['POST', '/api/admin/exposures/:id/withdraw', PUBLISHERS],
  ['POST', '/api/admin/exposures/:id/publish', PUBLISHERS],
  ['GET', '/api/admin/tips', HANDLERS],
  ['GET', '/api/admin/tips/:id', HANDLERS],
  ['GET', '/api/admin/tips/photos/:id', HANDLERS],
  ['POST', '/api/admin/tips/:id/replies', HANDLERS],
  ['POST', '/api/admin/tips/:id/notes', HANDLERS],
  ['POST', '/api/admin/tips/:id/status', HANDLERS],
  ['POST', '/api/admin/tips/spam', HANDLERS],
  ['GET', '/api/admin/quiz/stats', ['publisher', 'admin']],
  ['GET', '/api/admin/quiz/items', WRITERS],
  ['POST', '/api/admin/quiz/items', WRITERS],
  ['GET', '/api/admin/quiz/items/:id', WRITERS],
  ['PUT', '/api/admin/quiz/items/:id', WRITERS],
  ['POST', '/api/admin/quiz/items/:id/submit', WRITERS],
  ['POST', '/api/admin/quiz/items/:id/restore', WRITERS],
  ['POST', '/api/admin/quiz/import', WRITERS],
  ['POST', '/api/admin/quiz/items/:id/reject', PUBLISHERS],
  ['POST', '/api/admin/quiz/items/:id/publish', PUBLISHERS],
  ['POST', '/api/admin/quiz/items/:id/withdraw', PUBLISHERS],
  ['GET', '/api/admin/quiz/stats.csv', ['publisher', 'admin']],
  ['GET', '/api/admin/tips-retention', ADMINS],
  ['PUT', '/api/admin/tips-retention', ADMINS]
]

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
