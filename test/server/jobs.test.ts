import { claimTurn } from '../../server/modules/jobs/turns'
import { LANES, startServer, TestClock, type TestServer } from './helpers'

const HOUR = 3600000

describe.each(LANES)('periodic jobs across processes (%s)', (lane) => {
  let server: TestServer
  const clock = new TestClock(new Date('2026-06-10T02:00:00Z'))
  beforeAll(async () => {
    server = await startServer(lane, {}, clock)
  })
  afterAll(async () => server?.close())

  it('gives a due turn to exactly one of many claims made at the same moment', async () => {
    const at = clock.now()
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimTurn(server.app.db, 'test-job', at, HOUR)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await claimTurn(server.app.db, 'test-job', new Date(at.getTime() + HOUR - 1), HOUR)).toBe(false)
    const next = await Promise.all(Array.from({ length: 8 }, () => claimTurn(server.app.db, 'test-job', new Date(at.getTime() + HOUR), HOUR)))
    expect(next.filter(Boolean)).toHaveLength(1)
  })

  it('has the retention purges take their turn at start, so another process starting within the hour leaves them alone', async () => {
    for (const job of ['tip-purge', 'quiz-purge']) {
      expect(await claimTurn(server.app.db, job, new Date(clock.now().getTime() + HOUR - 1), HOUR)).toBe(false)
      expect(await claimTurn(server.app.db, job, new Date(clock.now().getTime() + HOUR), HOUR)).toBe(true)
    }
  })
})
