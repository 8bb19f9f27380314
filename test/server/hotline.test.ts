import { LANES, startServer, staffWith, type TestServer } from './helpers'

describe.each(LANES)('hotline on %s', (lane) => {
  let server: TestServer
  afterEach(async () => server?.close())

  it('returns the configured number, hours, address and whether it is open now', async () => {
    // Open every minute of every day, so openNow is true whenever the test runs.
    server = await startServer(lane, { HOTLINE_PHONE: '022-00000000', HOTLINE_HOURS: '1-7 00:00-24:00', HOTLINE_ADDRESS: '镇政府一楼' })
    const res = await server.app.inject({ method: 'GET', url: '/api/hotline' })
    expect(res.json()).toEqual({ phone: '022-00000000', hours: '周一至周日 0:00-24:00', schedule: '1-7 00:00-24:00', address: '镇政府一楼', openNow: true, town: '辛口镇' })
  })

  it('says the town has no number of its own until an admin sets one, and never takes the city line for it', async () => {
    server = await startServer(lane)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBeNull()
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    expect(town.hotlinePhone).toBe('')
    const admin = await staffWith(server.app, 'hotline_admin', ['admin'])
    const city = await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '12345' } })
    expect(city.statusCode).toBe(400)
    expect(city.json().error.message).toContain('天津市政务服务便民热线')
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '022-27391234' } })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBe('022-27391234')
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, hotlinePhone: '' } })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json().phone).toBeNull()
  })

  it('sets no hours or address by default, facts only the office can set, and lets the office clear them again', async () => {
    server = await startServer(lane)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json()).toEqual({ phone: null, hours: '', schedule: '', address: '', openNow: false, town: '辛口镇' })
    const town = (await server.app.inject({ method: 'GET', url: '/api/town' })).json()
    expect(town).toMatchObject({ hotlinePhone: '', hotlineHours: '', hotlineAddress: '' })
    const admin = await staffWith(server.app, 'hours_admin', ['admin'])
    const set = { ...town, hotlineHours: '1-7 00:00-24:00', hotlineAddress: '镇政府一楼' }
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: set })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json()).toMatchObject({ hours: '周一至周日 0:00-24:00', address: '镇政府一楼', openNow: true })
    expect((await server.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: town })).statusCode).toBe(200)
    expect((await server.app.inject({ method: 'GET', url: '/api/hotline' })).json()).toMatchObject({ hours: '', schedule: '', address: '', openNow: false })
  })

  it('refuses to start with hours it cannot read', async () => {
    await expect(startServer(lane, { HOTLINE_HOURS: '周一到周五' })).rejects.toThrow('HOTLINE_HOURS')
  })
})
