import { startServer, type TestServer } from './helpers'

describe('hotline', () => {
  let server: TestServer
  afterEach(async () => server?.close())

  it('returns the configured number, hours, address and whether it is open now', async () => {
    // Open every minute of every day, so openNow is true whenever the test runs.
    server = await startServer('sqlite', { HOTLINE_PHONE: '022-00000000', HOTLINE_HOURS: '1-7 00:00-24:00', HOTLINE_ADDRESS: '镇政府一楼' })
    const res = await server.app.inject({ method: 'GET', url: '/api/hotline' })
    expect(res.json()).toEqual({ phone: '022-00000000', hours: '周一至周日 0:00-24:00', schedule: '1-7 00:00-24:00', address: '镇政府一楼', openNow: true })
  })

  it('refuses to start with hours it cannot read', async () => {
    await expect(startServer('sqlite', { HOTLINE_HOURS: '周一到周五' })).rejects.toThrow('HOTLINE_HOURS')
  })
})
