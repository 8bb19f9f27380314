import { randomInt } from 'node:crypto'
import { aTip, proofOfWork, startServer, type TestServer } from './helpers'

describe('the tip box under abuse', () => {
  let server: TestServer
  beforeAll(async () => {
    // The real limits, not the relaxed ones other tests use.
    server = await startServer('sqlite', { TIP_RATE_LIMIT: '10' })
  })
  afterAll(async () => server.close())

  it('lets 1,000 guessed receipts find nothing, and stops the guesser', async () => {
    const codes: Record<number, number> = {}
    for (let i = 0; i < 1000; i++) {
      const receipt = Array.from({ length: 16 }, () => randomInt(10)).join('')
      const res = await server.app.inject({ method: 'POST', url: '/api/tips/lookup', payload: { receipt } })
      codes[res.statusCode] = (codes[res.statusCode] ?? 0) + 1
    }
    expect(codes[200]).toBeUndefined()
    expect(codes[404]).toBeLessThanOrEqual(20)
    expect(codes[429]).toBeGreaterThanOrEqual(980)
  })

  it('answers 1,000 malformed submissions with 4xx only and stays up', async () => {
    const pick = <T>(xs: T[]): T => xs[randomInt(xs.length)]
    const junk = () => pick<unknown>([null, 0, -1, 1e308, true, '', 'x'.repeat(randomInt(9000)), [], {}, [1, 2], { a: 1 }, '\u0000', '<script>', '😀'.repeat(50)])
    const fields = ['disguise', 'organisation', 'place', 'what', 'amount', 'people', 'when', 'contact', 'photoIds', 'pow', 'extra']
    const statuses = new Set<number>()
    for (let i = 0; i < 1000; i++) {
      const kind = i % 4
      const body =
        kind === 0 ? { ...aTip(), [pick(fields)]: junk() } : kind === 1 ? Object.fromEntries(fields.map((f) => [f, junk()])) : kind === 2 ? junk() : pick(['{"what":', 'not json', '[]', '{"pow":{}}'])
      const res = await server.app.inject({
        method: 'POST',
        url: pick(['/api/tips', '/api/tips/messages', '/api/tips/lookup']),
        headers: { 'content-type': pick(['application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded']) },
        payload: typeof body === 'string' ? body : JSON.stringify(body)
      })
      statuses.add(res.statusCode)
      expect(res.statusCode).toBeGreaterThanOrEqual(400)
      expect(res.statusCode).toBeLessThan(500)
      expect(res.json().error.message).toEqual(expect.any(String))
    }
    expect([...statuses].every((s) => s >= 400 && s < 500)).toBe(true)
    expect((await server.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ ok: true })
    const fine = await server.app.inject({ method: 'POST', url: '/api/tips', remoteAddress: '127.0.0.9', payload: { ...aTip(), pow: await proofOfWork(server.app) } })
    expect(fine.statusCode).toBe(201)
  })
})
