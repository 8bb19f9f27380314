import { tokenHash } from '../../server/modules/staff/service'
import { ADMIN_PASSWORD, aTip, LANES, proofOfWork, signIn, startServer, TestClock, type TestServer } from './helpers'

describe.each(LANES)('the office key ring on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-01T02:00:00Z'))
  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => server.close())

  const sessionOf = async () => tokenHash((await signIn(server.app, 'admin', ADMIN_PASSWORD)).authorization.slice('Bearer '.length))

  it('no longer answers with a session’s keys once the session has ended', async () => {
    const session = await sessionOf()
    expect(server.app.keys.office(session)).not.toBeNull()
    clock.advance(12 * 3600 * 1000)
    expect(server.app.keys.office(session)).toBeNull()
  })

  it('sweeps the keys of ended sessions out of memory even if they are never used again', async () => {
    const session = await sessionOf()
    clock.advance(12 * 3600 * 1000)
    server.app.keys.sweep()
    // Back inside the session: keys still held would answer again, swept ones cannot.
    clock.advance(-60 * 1000)
    expect(server.app.keys.office(session)).toBeNull()
  })

  it('reads the office key again after a failed read instead of failing from then on', async () => {
    const fileTip = async () => server.app.inject({ method: 'POST', url: '/api/tips', payload: { ...aTip(), pow: await proofOfWork(server.app) } })
    const row = await server.app.db.selectFrom('settings').selectAll().where('key', '=', 'office_public_key').executeTakeFirstOrThrow()
    // The first read fails, as on a database hiccup.
    await server.app.db.deleteFrom('settings').where('key', '=', 'office_public_key').execute()
    expect((await fileTip()).statusCode).toBe(500)
    await server.app.db.insertInto('settings').values(row).execute()
    expect((await fileTip()).statusCode).toBe(201)
  })
})
