import { startServer, type TestServer } from './helpers'

/**
 * Behind the HTTPS proxy WeChat requires, every phone arrives from the
 * proxy's address: the per-address limits must count the phone named in
 * X-Forwarded-For, but only when a trusted proxy names it.
 */
describe('per-address limits behind a reverse proxy', () => {
  const servers: TestServer[] = []
  afterAll(async () => Promise.all(servers.map((s) => s.close())))

  // Receipt lookups allow 2 a minute per address here; the third from one address is refused.
  const lookups = async (server: TestServer, from: string, forwardedFor?: string) => {
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/tips/lookup',
        payload: { receipt: '1111222233334444' },
        remoteAddress: from,
        headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}
      })
      statuses.push(res.statusCode)
    }
    return statuses
  }
  const start = async (trust: string) => {
    const server = await startServer('sqlite', { TRUST_PROXY: trust, TIP_LOOKUP_RATE_LIMIT: '2' })
    servers.push(server)
    return server
  }

  it('counts each phone on its own when the proxy is trusted', async () => {
    const server = await start('10.0.0.1')
    expect(await lookups(server, '10.0.0.1', '203.0.113.1')).toEqual([404, 404, 429])
    expect(await lookups(server, '10.0.0.1', '203.0.113.2')).toEqual([404, 404, 429])
  })

  it('trusts a proxy on the same machine by the word loopback', async () => {
    const server = await start('loopback')
    expect(await lookups(server, '127.0.0.1', '203.0.113.3')).toEqual([404, 404, 429])
    expect(await lookups(server, '127.0.0.1', '203.0.113.4')).toEqual([404, 404, 429])
  })

  it('refuses a bare hop count, which cannot tell the proxy from a client', async () => {
    await expect(startServer('sqlite', { TRUST_PROXY: '1' })).rejects.toThrow('TRUST_PROXY')
  })

  it('ignores a forwarded address from a peer that is not the trusted proxy', async () => {
    const server = await start('10.0.0.1')
    expect(await lookups(server, '198.51.100.9', '203.0.113.5')).toEqual([404, 404, 429])
    // A spoofed header naming someone else does not buy the same client a fresh allowance.
    expect(await lookups(server, '198.51.100.9', '203.0.113.6')).toEqual([429, 429, 429])
  })

  it('ignores every forwarded address when no proxy is configured', async () => {
    const server = await start('')
    expect(await lookups(server, '198.51.100.10', '203.0.113.7')).toEqual([404, 404, 429])
    expect(await lookups(server, '198.51.100.10', '203.0.113.8')).toEqual([429, 429, 429])
  })
})
