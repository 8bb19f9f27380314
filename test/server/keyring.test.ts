import { exportPrivate } from '../../server/modules/keys/crypto'
import type { Session } from '../../server/modules/keys/keyring'
import { tokenHash } from '../../server/modules/staff/service'
import { ADMIN_PASSWORD, aTip, LANES, proofOfWork, signIn, startServer, TestClock, type TestServer } from './helpers'

describe.each(LANES)('the office key ring on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-01T02:00:00Z'))
  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => server.close())

  const sessionOf = async (): Promise<Session> => {
    const token = (await signIn(server.app, 'admin', ADMIN_PASSWORD)).authorization.slice('Bearer '.length)
    return { id: tokenHash(token), token }
  }

  it('no longer answers with a session’s keys once the session has ended', async () => {
    const session = await sessionOf()
    expect(await server.app.keys.office(session)).not.toBeNull()
    clock.advance(12 * 3600 * 1000)
    expect(await server.app.keys.office(session)).toBeNull()
  })

  it('keeps the session’s office key only sealed under the token, which the database does not hold', async () => {
    const session = await sessionOf()
    const office = await server.app.keys.office(session)
    const row = await server.app.db.selectFrom('staff_sessions').selectAll().where('token_hash', '=', session.id).executeTakeFirstOrThrow()
    const stored = Buffer.from(row.office_key!, 'base64')
    expect(stored.includes(exportPrivate(office!))).toBe(false)
    expect(stored.includes(exportPrivate(office!).subarray(-32))).toBe(false)
    // The token's hash, all a copy of the database has, does not open it.
    await expect(server.app.keys.office({ id: session.id, token: session.id })).rejects.toThrow()
  })

  it('forgets the key with the session: signed out, nothing is left to open', async () => {
    const session = await sessionOf()
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/logout', headers: { authorization: `Bearer ${session.token}` } })).statusCode).toBe(200)
    expect(await server.app.keys.office(session)).toBeNull()
    expect(await server.app.db.selectFrom('staff_sessions').select('token_hash').where('token_hash', '=', session.id).executeTakeFirst()).toBeUndefined()
  })

  it("reads a town's public key again after a failed read instead of failing from then on", async () => {
    // The district's public key is read at start (each town's private key is sealed to it); a town's is read with its first case.
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'keytown', name: '钥匙镇' } })).statusCode).toBe(201)
    const fileTip = async () => server.app.inject({ method: 'POST', url: '/api/tips?town=keytown', payload: { ...aTip(), pow: await proofOfWork(server.app) } })
    const row = await server.app.db.selectFrom('town_keys').selectAll().where('town', '=', 'keytown').executeTakeFirstOrThrow()
    // The first read fails, as on a database hiccup.
    await server.app.db.deleteFrom('town_keys').where('town', '=', 'keytown').execute()
    expect((await fileTip()).statusCode).toBe(500)
    await server.app.db.insertInto('town_keys').values(row).execute()
    expect((await fileTip()).statusCode).toBe(201)
  })
})
