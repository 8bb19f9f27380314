import type { InjectOptions } from 'fastify'
import { unseal } from '../../server/modules/keys/crypto'
import { tokenHash } from '../../server/modules/staff/service'
import { ADMIN_PASSWORD, aTip, beijingDayFromToday, cameraPhoto, LANES, multipartFile, photoProof, proofOfWork, signIn, startServer, type TestServer } from './helpers'
import { STAFF_ROUTES, TOWN_SCOPED } from './staff-routes'

type Headers = { authorization: string }

/**
 * Towns as tenants, seen from the office: a town's accounts reach only the
 * routes that scope themselves to their town, and there see and change only
 * their town's accounts, profile, record and cases; the district's see all.
 * 北仓镇 (beicang) is a town of its own; 辛口镇 (xinkou) is the first.
 */
describe.each(LANES)('one town against another on %s', (lane) => {
  let server: TestServer
  let district: Headers
  let townAdmin: Headers
  let townHandler: Headers
  const call = (method: string, url: string, headers: Headers, payload?: object) =>
    server.app.inject({ method: method as InjectOptions['method'], url, headers, payload: method === 'GET' ? undefined : (payload ?? {}) })
  const tipIds = async () => (await server.app.db.selectFrom('tips').select('id').execute()).map((t) => t.id)
  const file = async (town: string, organisation: string, photoIds: string[] = []) => {
    const before = await tipIds()
    const res = await server.app.inject({ method: 'POST', url: `/api/tips?town=${town}`, payload: { ...aTip({ organisation, photoIds }), pow: await proofOfWork(server.app) } })
    expect(res.statusCode).toBe(201)
    return (await tipIds()).find((id) => !before.includes(id))!
  }
  const account = async (by: Headers, username: string, roles: string[], town?: string) => {
    const res = await call('POST', '/api/admin/users', by, { username, displayName: username, roles, password: `${username}-password-123`, ...(town ? { town } : {}) })
    return res
  }

  beforeAll(async () => {
    server = await startServer(lane)
    district = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    expect((await call('POST', '/api/admin/towns', district, { code: 'beicang', name: '北仓镇' })).statusCode).toBe(201)
    // Every role, so that the route matrix below reaches past the role check on every town-scoped route.
    expect((await account(district, 'bc_admin', ['admin', 'tip_handler', 'publisher'], 'beicang')).statusCode).toBe(200)
    townAdmin = await signIn(server.app, 'bc_admin', 'bc_admin-password-123')
    // The town's admin makes the town's handler: it holds the town's key, given from the admin's own session.
    const made = await account(townAdmin, 'bc_handler', ['tip_handler'])
    expect(made.statusCode).toBe(200)
    expect(made.json().town).toBe('beicang')
    townHandler = await signIn(server.app, 'bc_handler', 'bc_handler-password-123')
  })
  afterAll(async () => server.close())

  it("keeps a town's accounts to the routes that scope themselves, on every staff route", async () => {
    for (const [method, url] of STAFF_ROUTES) {
      const headers = url.endsWith('/logout') ? await signIn(server.app, 'bc_admin', 'bc_admin-password-123') : townAdmin
      const res = await call(method, url.replace(':id', 'no-such-id'), headers)
      const route = `${method} ${url}`
      const code = res.statusCode === 403 ? res.json().error.code : res.statusCode
      if (TOWN_SCOPED.has(route)) expect({ route, code }).not.toEqual({ route, code: 'district_only' })
      else expect({ route, code }).toEqual({ route, code: 'district_only' })
    }
  })

  it("shows a town's handlers their town's cases only, and answers another town's as if it did not exist", async () => {
    const up = multipartFile(await cameraPhoto('SERIAL-XK'))
    const handle: string = (await server.app.inject({ method: 'POST', url: '/api/tips/photos', headers: { ...up.headers, ...(await photoProof(server.app)) }, payload: up.payload })).json().id
    const theirs = await file('xinkou', '辛口某投资公司', [handle])
    const ours = await file('beicang', '北仓某养老院')
    const theirPhoto = (await server.app.db.selectFrom('tip_photos').select('id').where('tip_id', '=', theirs).executeTakeFirstOrThrow()).id

    const desk = async (who: Headers, query = '') => ((await call('GET', `/api/admin/tips?kind=tip${query}`, who)).json().items as { id: string }[]).map((t) => t.id)
    expect(await desk(townHandler)).toEqual([ours])
    // Asking for the other town's cases by filter still shows one's own.
    expect(await desk(townHandler, '&town=xinkou')).toEqual([ours])
    expect((await desk(district)).sort()).toEqual([ours, theirs].sort())

    for (const [method, url, payload] of [
      ['GET', `/api/admin/tips/${theirs}`],
      ['GET', `/api/admin/tips/photos/${theirPhoto}`],
      ['POST', `/api/admin/tips/${theirs}/replies`, { text: '您好' }],
      ['POST', `/api/admin/tips/${theirs}/notes`, { text: '备注' }],
      ['POST', `/api/admin/tips/${theirs}/status`, { status: 'checking' }],
      ['POST', `/api/admin/tips/${theirs}/transfer`, { town: 'beicang' }],
      ['POST', '/api/admin/tips/spam', { ids: [theirs], spam: true }]
    ] as [string, string, object?][]) {
      const res = await call(method, url, townHandler, payload)
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 })
    }
    // Its own case it reads, answers and moves on; the district reads both.
    expect((await call('GET', `/api/admin/tips/${ours}`, townHandler)).json().content.organisation).toBe('北仓某养老院')
    expect((await call('POST', `/api/admin/tips/${ours}/replies`, townHandler, { text: '收到，正在核实。' })).statusCode).toBe(200)
    expect((await call('GET', `/api/admin/tips/${theirs}`, district)).json().content.organisation).toBe('辛口某投资公司')
    const theirRow = await server.app.db.selectFrom('tips').select(['status', 'spam_at']).where('id', '=', theirs).executeTakeFirstOrThrow()
    expect(theirRow).toEqual({ status: 'new', spam_at: null })

    // The key the town's handler signed in with opens the town's cases, and not the other town's even with its rows in hand.
    const token = townHandler.authorization.slice('Bearer '.length)
    const keys = (await server.app.keys.officeKeys({ id: tokenHash(token), token }, 'beicang'))!
    const sealed = async (id: string) => Buffer.from((await server.app.db.selectFrom('tips').select('key_office').where('id', '=', id).executeTakeFirstOrThrow()).key_office, 'base64')
    expect(unseal(keys.own.key, await sealed(ours))).toHaveLength(32)
    await expect(sealed(theirs).then((s) => unseal(keys.own.key, s))).rejects.toThrow()
    const grants = await server.app.db.selectFrom('town_keys').select(['town', 'district_grant']).execute()
    for (const g of grants) expect(() => unseal(keys.own.key, Buffer.from(g.district_grant, 'base64'))).toThrow()
    expect(() => keys.for('xinkou')).toThrow()
    expect(() => keys.for(null)).toThrow()
  })

  it('counts tips and feedback per office and day for the dashboard: the district all of them, a town its own', async () => {
    type Counts = { days: { day: string; tips: number; feedback: number }[]; byTown: { town: string | null; tips: number; feedback: number; closed: number }[] }
    const range = `from=${beijingDayFromToday(-1)}&to=${beijingDayFromToday(1)}`
    const counts = async (who: Headers, town = '') => (await call('GET', `/api/admin/tips/counts?${range}${town}`, who)).json() as Counts
    const of = (c: Counts, town: string | null) => c.byTown.find((t) => t.town === town)?.tips ?? 0
    const before = await counts(district)
    await file('beicang', '北仓某理财工作室')
    await file('beicang', '北仓某养生馆')
    const spam = await file('beicang', '北仓某广告')
    expect((await call('POST', '/api/admin/tips/spam', townHandler, { ids: [spam], spam: true })).statusCode).toBe(200)
    await file('district', '不清楚是哪个镇的公司')
    const after = await counts(district)
    expect(of(after, 'beicang') - of(before, 'beicang')).toBe(2)
    expect(of(after, null) - of(before, null)).toBe(1)
    const today = (c: Counts) => c.days.find((d) => d.day === beijingDayFromToday())?.tips ?? 0
    expect(today(after) - today(before)).toBe(3)
    // The district asks for one office; a town's account gets its own whatever it asks for.
    expect((await counts(district, '&town=district')).byTown.map((t) => t.town)).toEqual([null])
    const ours = await counts(townHandler, '&town=xinkou')
    expect(ours.byTown.map((t) => t.town)).toEqual(['beicang'])
    expect(of(ours, 'beicang')).toBe(of(after, 'beicang'))
    const csv = (await call('GET', `/api/admin/tips/counts.csv?${range}`, district)).body
    expect(csv).toContain('"北仓镇"')
    expect(csv).toContain('"区里"')
  })

  it("lets a town's admin manage the town's accounts, profile and record only", async () => {
    const users = (await call('GET', '/api/admin/users', townAdmin)).json().items as { username: string; town: string | null; id: string }[]
    expect(users.map((u) => u.username).sort()).toEqual(['bc_admin', 'bc_handler'])
    const districtAdmin = (await server.app.db.selectFrom('staff_users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id
    expect((await call('PATCH', `/api/admin/users/${districtAdmin}`, townAdmin, { disabled: true })).statusCode).toBe(404)
    expect((await call('POST', `/api/admin/users/${districtAdmin}/password`, townAdmin, { password: 'another-password-1' })).statusCode).toBe(404)
    const elsewhere = await account(townAdmin, 'bc_spy', ['tip_handler'], 'xinkou')
    expect(elsewhere.statusCode).toBe(403)
    // Every role, writers included: a town writes and publishes its own content.
    const writer = await account(townAdmin, 'bc_writer', ['editor'])
    expect(writer.statusCode).toBe(200)
    expect(writer.json().town).toBe('beicang')
    const self = users.find((u) => u.username === 'bc_handler')!
    expect((await call('PATCH', `/api/admin/users/${self.id}`, townAdmin, { town: 'district' })).statusCode).toBe(403)

    const profile = (await server.app.inject({ method: 'GET', url: '/api/town?town=beicang' })).json()
    expect((await call('PUT', '/api/admin/town?town=xinkou', townAdmin, { ...profile, hotlinePhone: '022-11112222' })).statusCode).toBe(403)
    // Without town=, a town's admin edits their own town, never the first one.
    expect((await call('PUT', '/api/admin/town', townAdmin, { ...profile, hotlinePhone: '022-26881234' })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline?town=beicang' })).json().phone).toBe('022-26881234')
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBeNull()

    const record = (await call('GET', '/api/admin/audit?pageSize=50', townAdmin)).json().items as { actor: string }[]
    expect(record.length).toBeGreaterThan(0)
    expect(new Set(record.map((r) => r.actor))).toEqual(new Set(['bc_admin', 'bc_handler']))
  })

  it("moves a district account into a town: it then holds that town's key alone", async () => {
    expect((await account(district, 'mover', ['tip_handler'])).statusCode).toBe(200)
    const mover = (await server.app.db.selectFrom('staff_users').select('id').where('username', '=', 'mover').executeTakeFirstOrThrow()).id
    const other = await file('xinkou', '辛口另一家公司')
    const own = await file('beicang', '北仓另一家公司')
    expect((await call('PATCH', `/api/admin/users/${mover}`, district, { town: 'beicang' })).statusCode).toBe(200)
    const moved = await signIn(server.app, 'mover', 'mover-password-123')
    expect((await call('GET', `/api/admin/tips/${own}`, moved)).statusCode).toBe(200)
    expect((await call('GET', `/api/admin/tips/${other}`, moved)).statusCode).toBe(404)
    const audit = (await call('GET', '/api/admin/audit?action=user.town', district)).json().items
    expect(audit[0]).toMatchObject({ targetId: mover, detail: { before: null, after: 'beicang' } })
  })
})
