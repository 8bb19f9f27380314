import { createHmac } from 'node:crypto'
import { isIPv6 } from 'node:net'
import type Redis from 'ioredis'
import { AppError } from '../../errors'
import { sharedDown, type Shared } from '../../shared'

/** Failed sign-ins one address may make on one account before it is refused there. */
export const ACCOUNT_FAILURES = 5
/** Failed sign-ins one address may make on all accounts together (guessing many usernames). */
export const ADDRESS_FAILURES = 20
/**
 * Failed sign-ins on one account from all addresses together before the
 * account takes sign-ins only from places it signed in from before (many
 * addresses guessing one password).
 */
export const GUARD_FAILURES = 20
/** A count is forgotten, and a refusal lifted, this long after its last failure. */
export const QUIET_MINUTES = 15
/** Counts kept per kind; past this the one that failed longest ago is dropped, so memory stays bounded. */
const MAX_COUNTS = 10000

interface Count {
  failures: number
  until: number
}

/** Failure counts by key, kept in order of their last failure. */
class Counts {
  private readonly map = new Map<string, Count>()

  constructor(private readonly limit: number) {}

  /** Milliseconds left of the refusal, or 0 when the key may try. */
  refusedFor(key: string, t: number): number {
    const c = this.map.get(key)
    if (c && c.until <= t) this.map.delete(key)
    return c && c.until > t && c.failures >= this.limit ? c.until - t : 0
  }

  /** Counts a failure; returns the key's failures so far. */
  add(key: string, t: number): number {
    const c = this.map.get(key)
    const failures = c && c.until > t ? c.failures + 1 : 1
    this.map.delete(key)
    if (this.map.size >= MAX_COUNTS) this.map.delete(this.map.keys().next().value!)
    this.map.set(key, { failures, until: t + QUIET_MINUTES * 60000 })
    return failures
  }

  /** Takes one failure back (an attempt that turned out right). */
  refund(key: string): void {
    const c = this.map.get(key)
    if (c && --c.failures <= 0) this.map.delete(key)
  }

  forget(key: string): void {
    this.map.delete(key)
  }
}

/**
 * The client an address stands for: an IPv6 client usually holds a whole /64,
 * so it is counted as one (else a fresh address per guess walks past the count).
 */
export function clientOf(address: string): string {
  const bare = address.replace(/%.*$/, '')
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(bare)) return bare.slice(7)
  if (!isIPv6(bare)) return bare
  const [head, tail] = bare.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`
}

/** The answer to an address that failed too often; it may try again after `ms`. */
export const refused = (ms: number): AppError => new AppError(429, 'locked', `登录失败次数太多，请 ${Math.ceil(ms / 60000)} 分钟后再试。`)

export interface Attempt {
  /** This address's failures on this account, this attempt included. */
  failures: number
  /** Whether this attempt, if wrong, leaves the address refused. */
  last: boolean
  /** Whether the account is being guessed at from many addresses: only places it signed in from before may try. */
  guarded: boolean
  /** The password was right: the attempt is not a failure after all. */
  succeeded: () => Promise<void>
}

/** The answer to a new place trying a guarded account: the owner's usual places still get in. */
export const guardedAccount = (): AppError =>
  new AppError(429, 'account_guarded', `这个账号近来有很多地方在试密码，为了安全，暂时只能在以前登录过的电脑或手机上登录；${QUIET_MINUTES} 分钟内没人再试就恢复。需要帮助请联系管理员。`)

/** The three counts one attempt touches, as keyed hashes. */
interface Keys {
  pair: string
  source: string
  account: string
}

/** What counting an attempt found: refused for `refusedMs`, or counted. */
type Counted = { refusedMs: number } | { failures: number; fromSource: number; guarded: boolean }

/**
 * Where the counts live. Both kinds check and count an attempt in one
 * indivisible step, so guesses sent in parallel (to one process or to
 * several) are counted as if they came one after another.
 */
interface FailureCounts {
  count(keys: Keys): Promise<Counted>
  succeeded(keys: Keys): Promise<void>
}

/** One process: the counts in its memory, on the server's clock. */
class LocalCounts implements FailureCounts {
  private readonly pairs = new Counts(ACCOUNT_FAILURES)
  private readonly addresses = new Counts(ADDRESS_FAILURES)
  private readonly accounts = new Counts(GUARD_FAILURES)

  constructor(private readonly now: () => Date) {}

  async count({ pair, source, account }: Keys): Promise<Counted> {
    const t = this.now().getTime()
    const wait = Math.max(this.pairs.refusedFor(pair, t), this.addresses.refusedFor(source, t))
    if (wait > 0) return { refusedMs: wait }
    const guarded = this.accounts.refusedFor(account, t) > 0
    const failures = this.pairs.add(pair, t)
    const fromSource = this.addresses.add(source, t)
    this.accounts.add(account, t)
    return { failures, fromSource, guarded }
  }

  async succeeded({ pair, source, account }: Keys): Promise<void> {
    this.pairs.forget(pair)
    this.addresses.refund(source)
    this.accounts.refund(account)
  }
}

// The same steps as LocalCounts, in Redis: a script runs whole before any other command.
const COUNT = `local function failures(k) return tonumber(redis.call('GET', k) or '0') end
local wait = 0
if failures(KEYS[1]) >= tonumber(ARGV[2]) then wait = math.max(wait, redis.call('PTTL', KEYS[1])) end
if failures(KEYS[2]) >= tonumber(ARGV[3]) then wait = math.max(wait, redis.call('PTTL', KEYS[2])) end
if wait > 0 then return {-1, wait, 0, 0} end
local guarded = 0
if failures(KEYS[3]) >= tonumber(ARGV[4]) then guarded = 1 end
local function add(k) local n = redis.call('INCR', k) redis.call('PEXPIRE', k, ARGV[1]) return n end
local n = add(KEYS[1])
local fromSource = add(KEYS[2])
add(KEYS[3])
return {n, 0, fromSource, guarded}`

const SUCCEEDED = `redis.call('DEL', KEYS[1])
for i = 2, 3 do
  if redis.call('DECR', KEYS[i]) <= 0 then redis.call('DEL', KEYS[i]) end
end
return 0`

/** Several processes: the counts in Redis, expiring on Redis's clock. Redis out of reach refuses the sign-in (503). */
class SharedCounts implements FailureCounts {
  constructor(private readonly redis: Redis) {}

  async count(keys: Keys): Promise<Counted> {
    const [failures, wait, fromSource, guarded] = (await this.run(COUNT, keys, [QUIET_MINUTES * 60000, ACCOUNT_FAILURES, ADDRESS_FAILURES, GUARD_FAILURES])) as number[]
    return failures < 0 ? { refusedMs: wait } : { failures, fromSource, guarded: guarded === 1 }
  }

  async succeeded(keys: Keys): Promise<void> {
    await this.run(SUCCEEDED, keys, [])
  }

  private async run(script: string, { pair, source, account }: Keys, args: number[]): Promise<unknown> {
    try {
      return await this.redis.eval(script, 3, ...[pair, source, account].map((k) => `fangfei:login:${k}`), ...args)
    } catch {
      throw sharedDown()
    }
  }
}

/**
 * Locks out the guesser, not the owner: failed sign-ins are counted per
 * address and per (address, account), so someone guessing from one address
 * is refused there while the owner signing in from another still gets in.
 * There is no lock on an account as such, since anyone could trigger it: when
 * an account is guessed at from many addresses (GUARD_FAILURES in all), it
 * takes sign-ins only from places it signed in from before (StaffService
 * keeps them), so guessers from new addresses stop and the owner gets in.
 *
 * The address is `request.ip`: behind a reverse proxy that is the proxy's
 * (and every client shares its counts) unless TRUST_PROXY names the proxy.
 * Addresses are kept as keyed hashes only, never stored in the database or
 * logged: in memory (the key is made at start and never leaves the
 * process), or, with several processes, in Redis (the key is a stored
 * secret they share) for at most QUIET_MINUTES after the last failure.
 */
export class LoginThrottle {
  private readonly counts: FailureCounts

  constructor(
    now: () => Date,
    shared: Shared,
    private readonly secret: Buffer
  ) {
    this.counts = shared.redis ? new SharedCounts(shared.redis) : new LocalCounts(now)
  }

  /** Refuses an address that failed too often, or else counts this attempt as a failure before its password is checked. */
  async begin(address: string, username: string): Promise<Attempt> {
    const client = clientOf(address)
    const keys = { pair: this.hash(`${client}\n${username}`), source: this.hash(client), account: this.hash(username) }
    const counted = await this.counts.count(keys)
    if ('refusedMs' in counted) throw refused(counted.refusedMs)
    return {
      failures: counted.failures,
      last: counted.failures >= ACCOUNT_FAILURES || counted.fromSource >= ADDRESS_FAILURES,
      guarded: counted.guarded,
      succeeded: () => this.counts.succeeded(keys)
    }
  }

  private hash(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url')
  }
}
