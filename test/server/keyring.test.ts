import { aTip, LANES, proofOfWork, startServer, TestClock, type TestServer } from './helpers'

describe.each(LANES)('the office key ring on %s', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-01T02:00:00Z'))
  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => server.close())

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
