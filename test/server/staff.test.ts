import type { InjectOptions } from 'fastify'
import { randomBytes } from 'node:crypto'
import { StaffService } from '../../server/modules/staff/service'
import { LoginThrottle } from '../../server/modules/staff/throttle'
import { ADMIN_PASSWORD, fileTip, LANES, signIn, startServer, staffWith, TestClock, type TestServer } from './helpers'

describe.each(LANES)('staff accounts on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-01T02:00:00Z'))
  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => server.close())

  const inject = (opts: InjectOptions) => server.app.inject(opts)

  it('creates the first admin from ADMIN_INITIAL_PASSWORD and prints nothing', async () => {
    expect(server.app.initialAdminPassword).toBeNull()
    const res = await inject({ method: 'POST', url: '/api/admin/login', payload: { username: 'admin', password: ADMIN_PASSWORD } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ token: expect.any(String), roles: ['editor', 'publisher', 'tip_handler', 'admin'] })
  })

  it('lets the first account run the office on day one: publish, run a campaign and read a tip', async () => {
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const article = { title: '第一天的文章', category: 'basics', summary: '一句话摘要', redFlags: [], body: '正文。' }
    const draft = await inject({ method: 'POST', url: '/api/admin/articles', headers: admin, payload: article })
    expect(draft.statusCode).toBe(200)
    const published = await inject({ method: 'POST', url: `/api/admin/articles/${draft.json().id}/publish`, headers: admin, payload: { revision: draft.json().revision } })
    expect(published.statusCode).toBe(200)
    const campaign = { theme: '第一天的宣传月', startsOn: '2026-06-01', endsOn: '2026-06-30', bannerImageId: null, slogans: ['守住钱袋子'], articleIds: [], caseIds: [] }
    const created = await inject({ method: 'POST', url: '/api/admin/campaigns', headers: admin, payload: campaign })
    expect(created.statusCode).toBe(200)
    expect((await inject({ method: 'POST', url: `/api/admin/campaigns/${created.json().id}/publish`, headers: admin })).statusCode).toBe(200)

    await fileTip(server.app, { organisation: '第一天的线索' })
    const tips = (await inject({ method: 'GET', url: '/api/admin/tips', headers: admin })).json().items as { id: string; content: { organisation: string } }[]
    const tip = tips.find((t) => t.content.organisation === '第一天的线索')
    expect(tip).toBeDefined()
    const detail = await inject({ method: 'GET', url: `/api/admin/tips/${tip!.id}`, headers: admin })
    expect(detail.statusCode).toBe(200)
    expect(detail.json().content.organisation).toBe('第一天的线索')
  })

  it('refuses a wrong password and an unknown user with the same words', async () => {
    const wrong = await inject({ method: 'POST', url: '/api/admin/login', payload: { username: 'admin', password: 'nope' } })
    const unknown = await inject({ method: 'POST', url: '/api/admin/login', payload: { username: 'nobody', password: 'nope' } })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json()).toEqual(unknown.json())
    expect(wrong.json().error.message).toBe('用户名或密码不对。')
  })

  const login = (username: string, password: string, remoteAddress = '127.0.0.1') => inject({ method: 'POST', url: '/api/admin/login', remoteAddress, payload: { username, password } })

  it('refuses an address after repeated failures on an account, even for the right password, until it has been quiet', async () => {
    await staffWith(server.app, 'locky', ['editor'])
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await login('locky', 'wrong', '10.0.1.1')).statusCode)
    expect(statuses).toEqual([401, 401, 401, 401, 429])
    const right = await login('locky', 'locky-password-123', '10.0.1.1')
    expect(right.statusCode).toBe(429)
    expect(right.json().error).toEqual({ code: 'locked', message: '登录失败次数太多，请 15 分钟后再试。' })
    clock.advance(16 * 60 * 1000)
    expect((await login('locky', 'locky-password-123', '10.0.1.1')).statusCode).toBe(200)
  }, 20000)

  it('locks out the guesser, not the owner: another address still signs in', async () => {
    for (let i = 0; i < 5; i++) await login('admin', 'guess', '10.0.2.1')
    expect((await login('admin', ADMIN_PASSWORD, '10.0.2.1')).statusCode).toBe(429)
    // The owner's own typo elsewhere is an ordinary failure, not the guesser's lock.
    expect((await login('admin', 'typo', '10.0.2.2')).statusCode).toBe(401)
    expect((await login('admin', ADMIN_PASSWORD, '10.0.2.2')).statusCode).toBe(200)
  }, 20000)

  it('when an account is guessed at from many addresses, takes sign-ins only from places it signed in from before', async () => {
    await staffWith(server.app, 'target', ['editor'])
    const password = 'target-password-123'
    expect((await login('target', password, '10.7.0.1')).statusCode).toBe(200)
    // Twenty guesses, each from a fresh address, as a botnet would send them.
    const guesses: number[] = []
    for (let i = 0; i < 20; i++) guesses.push((await login('target', `guess-${i}`, `10.8.0.${i + 1}`)).statusCode)
    expect(guesses).toEqual(Array(20).fill(401))
    // From now on a new place hears nothing about any password, right or wrong.
    const fresh = await login('target', password, '10.8.1.1')
    expect(fresh.statusCode).toBe(429)
    expect(fresh.json().error.code).toBe('account_guarded')
    expect((await login('target', 'guess-x', '10.8.1.2')).json().error.code).toBe('account_guarded')
    // The owner, from where they signed in before, still gets in.
    expect((await login('target', password, '10.7.0.1')).statusCode).toBe(200)
    // Once the guessing has stopped for a while, any place may sign in again.
    clock.advance(16 * 60000)
    expect((await login('target', password, '10.8.1.3')).statusCode).toBe(200)
  })

  it('refuses an address that guesses many usernames, and counts an IPv6 /64 as one address', async () => {
    const codes: number[] = []
    for (let i = 0; i < 21; i++) codes.push((await login(`guess${i}`, 'x', `2001:db8:1:2::${i + 1}`)).statusCode)
    expect(codes.slice(0, 19).every((c) => c === 401)).toBe(true)
    expect(codes.slice(19)).toEqual([429, 429])
    expect((await login('admin', ADMIN_PASSWORD, '2001:db8:1:2:ffff::9')).statusCode).toBe(429)
    expect((await login('admin', ADMIN_PASSWORD, '2001:db8:1:3::1')).statusCode).toBe(200)
  }, 20000)

  it('counts wrong guesses sent in parallel as if they came one after another', async () => {
    await staffWith(server.app, 'racey', ['editor'])
    const codes = (await Promise.all(Array.from({ length: 18 }, () => login('racey', 'wrong', '10.0.3.1')))).map((r) => r.statusCode)
    expect(codes.filter((c) => c === 401)).toHaveLength(4)
    expect(codes.filter((c) => c === 429)).toHaveLength(14)
    expect((await login('racey', 'racey-password-123', '10.0.3.1')).statusCode).toBe(429)
  }, 20000)

  it('answers an unknown name after the same work and pause as a wrong password', async () => {
    const pauses: number[] = []
    const staff = new StaffService(server.app.db, clock.now, server.app.keys, new LoginThrottle(clock.now, server.app.shared, randomBytes(32)), async (ms) => {
      pauses.push(ms)
    })
    const recorded = async () =>
      Number(
        (
          await server.app.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<string | number>().as('n'))
            .where('action', '=', 'login.failed')
            .executeTakeFirstOrThrow()
        ).n
      )
    const before = await recorded()
    for (let i = 0; i < 2; i++) {
      await expect(staff.login('admin', 'wrong', '10.0.4.1')).rejects.toMatchObject({ code: 'bad_credentials' })
      await expect(staff.login('nobody', 'wrong', '10.0.4.1')).rejects.toMatchObject({ code: 'bad_credentials' })
    }
    expect(pauses).toEqual([200, 200, 400, 400])
    expect(await recorded()).toBe(before + 4)
  })

  it('stores sessions hashed and ends them on expiry, sign-out and password change', async () => {
    const headers = await staffWith(server.app, 'sessiony', ['editor'])
    const token = headers.authorization.slice(7)
    const stored = await server.app.db.selectFrom('staff_sessions').select('token_hash').execute()
    expect(stored.some((s) => s.token_hash === token)).toBe(false)

    expect((await inject({ method: 'GET', url: '/api/admin/me', headers })).json().username).toBe('sessiony')
    clock.advance(13 * 3600 * 1000)
    const expired = await inject({ method: 'GET', url: '/api/admin/me', headers })
    expect(expired.statusCode).toBe(401)
    expect(expired.json().error.message).toBe('登录已过期，请重新登录。')

    const again = await signIn(server.app, 'sessiony', 'sessiony-password-123')
    expect((await inject({ method: 'POST', url: '/api/admin/logout', headers: again })).statusCode).toBe(200)
    expect((await inject({ method: 'GET', url: '/api/admin/me', headers: again })).statusCode).toBe(401)

    const one = await signIn(server.app, 'sessiony', 'sessiony-password-123')
    const two = await signIn(server.app, 'sessiony', 'sessiony-password-123')
    const change = await inject({ method: 'POST', url: '/api/admin/password', headers: one, payload: { current: 'sessiony-password-123', next: 'a-brand-new-password' } })
    expect(change.statusCode).toBe(200)
    for (const h of [one, two]) expect((await inject({ method: 'GET', url: '/api/admin/me', headers: h })).statusCode).toBe(401)
    await signIn(server.app, 'sessiony', 'a-brand-new-password')
  })

  it('refuses weak passwords and duplicate usernames in Chinese', async () => {
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const weak = await inject({ method: 'POST', url: '/api/admin/users', headers: admin, payload: { username: 'weakling', displayName: '弱', roles: ['editor'], password: '123' } })
    expect(weak.statusCode).toBe(400)
    expect(weak.json().error.message).toContain('密码至少 10 位')
    const dup = await inject({ method: 'POST', url: '/api/admin/users', headers: admin, payload: { username: 'admin', displayName: '又一个', roles: ['editor'], password: 'long-enough-pass' } })
    expect(dup.statusCode).toBe(409)
    const badRole = await inject({ method: 'POST', url: '/api/admin/users', headers: admin, payload: { username: 'roley', displayName: '角', roles: ['king'], password: 'long-enough-pass' } })
    expect(badRole.statusCode).toBe(400)
    expect(badRole.json().error.message).toContain('角色')
  })

  it('signs a person out when an admin changes their roles or disables them, and audits it', async () => {
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    const headers = await staffWith(server.app, 'changey', ['editor'])
    const users = (await inject({ method: 'GET', url: '/api/admin/users', headers: admin })).json().items as { id: string; username: string }[]
    const id = users.find((u) => u.username === 'changey')!.id
    expect((await inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: admin, payload: { roles: ['editor', 'publisher'] } })).statusCode).toBe(200)
    expect((await inject({ method: 'GET', url: '/api/admin/me', headers })).statusCode).toBe(401)
    const relogged = await signIn(server.app, 'changey', 'changey-password-123')
    expect((await inject({ method: 'GET', url: '/api/admin/me', headers: relogged })).json().roles).toEqual(['editor', 'publisher'])

    const log = (await inject({ method: 'GET', url: '/api/admin/audit?action=user.roles', headers: admin })).json()
    expect(log.items[0]).toMatchObject({ actor: 'admin', action: 'user.roles', targetId: id, detail: { before: ['editor'], after: ['editor', 'publisher'] } })
    const logins = (await inject({ method: 'GET', url: '/api/admin/audit?action=login&actor=changey', headers: admin })).json()
    expect(logins.total).toBeGreaterThanOrEqual(2)

    const self = users.find((u) => u.username === 'admin')!.id
    const lockout = await inject({ method: 'PATCH', url: `/api/admin/users/${self}`, headers: admin, payload: { disabled: true } })
    expect(lockout.statusCode).toBe(400)
  })

  it('keeps the session an admin changes their own roles from, and ends their other sessions', async () => {
    await staffWith(server.app, 'selfy', ['admin'])
    const here = await signIn(server.app, 'selfy', 'selfy-password-123')
    const elsewhere = await signIn(server.app, 'selfy', 'selfy-password-123')
    const id = (await inject({ method: 'GET', url: '/api/admin/me', headers: here })).json().id
    const change = await inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: here, payload: { roles: ['admin', 'publisher', 'tip_handler'] } })
    expect(change.statusCode).toBe(200)
    expect((await inject({ method: 'GET', url: '/api/admin/me', headers: here })).json().roles).toEqual(['admin', 'publisher', 'tip_handler'])
    expect((await inject({ method: 'GET', url: '/api/admin/me', headers: elsewhere })).statusCode).toBe(401)
    // The new roles work in the same session, tips included: an admin's session holds the office key already.
    expect((await inject({ method: 'GET', url: '/api/admin/campaigns', headers: here })).statusCode).toBe(200)
    await fileTip(server.app, { organisation: '自己改角色后的线索' })
    const tips = (await inject({ method: 'GET', url: '/api/admin/tips', headers: here })).json().items as { content: { organisation: string } }[]
    expect(tips.map((t) => t.content.organisation)).toContain('自己改角色后的线索')
    // Dropping a role works the same way, and still refuses dropping one's own admin role.
    expect((await inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: here, payload: { roles: ['admin'] } })).statusCode).toBe(200)
    expect((await inject({ method: 'GET', url: '/api/admin/tips', headers: here })).statusCode).toBe(403)
    expect((await inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: here, payload: { roles: ['publisher'] } })).statusCode).toBe(400)
  })
})

describe('sign-in from one address', () => {
  it('is rate-limited, with a Chinese message', async () => {
    const server = await startServer('sqlite', { LOGIN_RATE_LIMIT: '3' })
    try {
      const codes: number[] = []
      for (let i = 0; i < 4; i++) {
        codes.push((await server.app.inject({ method: 'POST', url: '/api/admin/login', payload: { username: `u${i}`, password: 'x' } })).statusCode)
      }
      expect(codes).toEqual([401, 401, 401, 429])
      const res = await server.app.inject({ method: 'POST', url: '/api/admin/login', payload: { username: 'admin', password: ADMIN_PASSWORD } })
      expect(res.json().error.message).toMatch(/尝试太频繁了，请 \d+ 秒后再试。/)
    } finally {
      await server.close()
    }
  })
})

describe('sign-in behind a trusted reverse proxy', () => {
  it('refuses the guessing phone, not the owner’s, though both come through the proxy', async () => {
    const server = await startServer('sqlite', { TRUST_PROXY: '10.0.0.1' })
    try {
      const login = (password: string, phone: string) =>
        server.app.inject({ method: 'POST', url: '/api/admin/login', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': phone }, payload: { username: 'admin', password } })
      for (let i = 0; i < 5; i++) await login('guess', '203.0.113.1')
      expect((await login(ADMIN_PASSWORD, '203.0.113.1')).statusCode).toBe(429)
      expect((await login(ADMIN_PASSWORD, '203.0.113.2')).statusCode).toBe(200)
    } finally {
      await server.close()
    }
  }, 30000)
})

describe('first start without ADMIN_INITIAL_PASSWORD', () => {
  it('makes up a password for admin, and only once', async () => {
    const server = await startServer('sqlite', { ADMIN_INITIAL_PASSWORD: '' })
    try {
      const password = server.app.initialAdminPassword
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/)
      await signIn(server.app, 'admin', password!)
      expect(await server.app.staff.bootstrap('')).toBeNull()
    } finally {
      await server.close()
    }
  })
})
