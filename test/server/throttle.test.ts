import { randomBytes } from 'node:crypto'
import { ACCOUNT_FAILURES, ADDRESS_FAILURES, GUARD_FAILURES, LoginThrottle } from '../../server/modules/staff/throttle'
import { localShared, redisShared, type Shared } from '../../server/shared'
import { freePort, haveRedis, RedisServer } from './redis'

/**
 * The sign-in throttle counts in this process's memory (LocalCounts) or, with
 * several processes, in one Redis script (SharedCounts): two copies of the
 * same rules. The same attempts, in the same order, must meet the same
 * answers from both; each scenario also states the answers it expects, so
 * the two cannot agree on a wrong rule.
 */
type Step = { from: string; user: string; ok?: boolean }
type Seen = 'refused' | { failures: number; last: boolean; guarded: boolean }

async function play(throttle: LoginThrottle, steps: Step[]): Promise<Seen[]> {
  const seen: Seen[] = []
  for (const step of steps) {
    try {
      const attempt = await throttle.begin(step.from, step.user)
      seen.push({ failures: attempt.failures, last: attempt.last, guarded: attempt.guarded })
      if (step.ok) await attempt.succeeded()
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 429) throw err
      seen.push('refused')
    }
  }
  return seen
}

const repeat = (n: number, step: Step): Step[] => Array.from({ length: n }, () => step)
const counted = (seen: Seen[]) => seen.filter((s) => s !== 'refused') as Exclude<Seen, 'refused'>[]

const SCENARIOS: { name: string; steps: Step[]; expect: (seen: Seen[]) => void }[] = [
  {
    name: 'one address guessing one account is refused after the limit, while the owner elsewhere gets in',
    steps: [...repeat(ACCOUNT_FAILURES + 1, { from: '198.51.100.1', user: 'admin' }), { from: '203.0.113.9', user: 'admin' }],
    expect: (seen) => {
      expect(seen[ACCOUNT_FAILURES - 1]).toEqual({ failures: ACCOUNT_FAILURES, last: true, guarded: false })
      expect(seen[ACCOUNT_FAILURES]).toBe('refused')
      expect(seen[ACCOUNT_FAILURES + 1]).toEqual({ failures: 1, last: false, guarded: false })
    }
  },
  {
    name: 'one address trying many accounts is refused after its own limit',
    steps: Array.from({ length: ADDRESS_FAILURES + 1 }, (_, i) => ({ from: '198.51.100.2', user: `user${i}` })),
    expect: (seen) => {
      expect(seen[ADDRESS_FAILURES - 1]).toEqual({ failures: 1, last: true, guarded: false })
      expect(seen[ADDRESS_FAILURES]).toBe('refused')
    }
  },
  {
    name: 'a success clears the address-and-account count and gives the address one back',
    steps: [...repeat(3, { from: '198.51.100.3', user: 'clerk' }), { from: '198.51.100.3', user: 'clerk', ok: true }, { from: '198.51.100.3', user: 'clerk' }],
    expect: (seen) => expect(counted(seen).map((s) => s.failures)).toEqual([1, 2, 3, 4, 1])
  },
  {
    name: 'an account guessed at from many addresses is guarded',
    steps: [...Array.from({ length: GUARD_FAILURES }, (_, i) => ({ from: `192.0.2.${i + 1}`, user: 'target' })), { from: '192.0.2.200', user: 'target' }],
    expect: (seen) => {
      expect(
        counted(seen)
          .slice(0, GUARD_FAILURES)
          .every((s) => !s.guarded)
      ).toBe(true)
      expect(seen[GUARD_FAILURES]).toEqual({ failures: 1, last: false, guarded: true })
    }
  },
  {
    name: 'one IPv6 /64 counts as one address',
    steps: [...repeat(ACCOUNT_FAILURES, { from: '2001:db8:1:2::1', user: 'admin' }), { from: '2001:db8:1:2::ffff', user: 'admin' }],
    expect: (seen) => expect(seen[ACCOUNT_FAILURES]).toBe('refused')
  }
]

const withRedis = haveRedis ? describe : describe.skip

describe('the sign-in throttle, counted in memory and in Redis alike', () => {
  let redis: RedisServer | null = null
  const made: Shared[] = []
  beforeAll(async () => {
    if (!haveRedis) return
    redis = new RedisServer(await freePort())
    await redis.start()
  })
  afterAll(async () => {
    await Promise.all(made.map((s) => s.close()))
    await redis?.stop()
  })

  const local = async () => new LoginThrottle(() => new Date(), localShared(), randomBytes(32))
  const shared = async () => {
    const s = await redisShared(redis!.url)
    made.push(s)
    return new LoginThrottle(() => new Date(), s, randomBytes(32))
  }

  describe.each(SCENARIOS)('$name', ({ steps, expect: expected }) => {
    it('in memory', async () => expected(await play(await local(), steps)))
    withRedis('in Redis', () => {
      it('answers as in memory', async () => {
        const fromRedis = await play(await shared(), steps)
        expected(fromRedis)
        expect(fromRedis).toEqual(await play(await local(), steps))
      })
    })
  })
})
