import { randomUUID } from 'node:crypto'
import Redis from 'ioredis'
import { LRUCache } from 'lru-cache'
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import type { RouteOptions } from 'fastify'
import { AppError } from './errors'

/**
 * What the API processes of one deployment must agree on, and where it
 * lives: in this process (one process on SQLite, the default for a town) or
 * in Redis (several processes on PostgreSQL, REDIS_URL set). Everything
 * else they share is in the database.
 */
export interface Shared {
  /** Counts uses of `key` within `ttlMs` of its first use: the count including this one, and the milliseconds left. */
  count(key: string, ttlMs: number): Promise<{ n: number; ttlMs: number }>
  /** Tells the other processes; `receive` hears what they say (never this process's own words). */
  broadcast(channel: string, message: string): void
  receive(channel: string, listener: (message: string) => void): void
  /** Runs when the link to the other processes comes back after a break, in which messages may have been lost. */
  onReconnect(listener: () => void): void
  /** The Redis connection, for counts kept by scripts of their own (sign-in); null: one process. */
  readonly redis: Redis | null
  close(): Promise<void>
}

/** A shared store that is down: nothing was done, and trying again shortly will work. */
export const sharedDown = (): AppError => new AppError(503, 'busy', '服务器正忙，请过一会儿再试。')

/** One process: the counts are this process's own, and there is nobody to tell. */
export function localShared(): Shared {
  const counts = new LRUCache<string, number>({ max: 100000, ttl: 60 * 60 * 1000 })
  return {
    async count(key, ttlMs) {
      const n = (counts.get(key) ?? 0) + 1
      // The first use sets the period; later ones keep it.
      counts.set(key, n, n === 1 ? { ttl: ttlMs } : { noUpdateTTL: true })
      return { n, ttlMs: counts.getRemainingTTL(key) }
    },
    broadcast: () => undefined,
    receive: () => undefined,
    onReconnect: () => undefined,
    redis: null,
    close: async () => undefined
  }
}

// INCR and its expiry in one step, so that a process dying between the two cannot leave a count that never expires.
const COUNT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`

const PREFIX = 'fangfei:'

/**
 * Several processes: counts in Redis, messages on its publish/subscribe.
 * Commands fail at once while Redis is unreachable (no queue that would
 * hold requests open); callers decide whether that refuses the request
 * (a tip, a sign-in) or lets it through (reading). Connections retry on
 * their own, and a subscriber that comes back says so, since what was
 * published in between is lost.
 */
export async function redisShared(url: string): Promise<Shared> {
  const options = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 }
  const commands = new Redis(url, options)
  // The subscriber queues its SUBSCRIBE commands until connected, and subscribes again after a break.
  const subscriber = new Redis(url, { ...options, enableOfflineQueue: true })
  // ioredis reports each failed attempt to reconnect here; the requests that need Redis report the outage themselves.
  for (const r of [commands, subscriber]) r.on('error', () => undefined)
  await Promise.all([commands.connect(), subscriber.connect()])
  const me = randomUUID()
  const listeners = new Map<string, ((message: string) => void)[]>()
  const reconnects: (() => void)[] = []
  let ready = true
  subscriber.on('close', () => (ready = false))
  subscriber.on('ready', () => {
    if (ready) return
    ready = true
    for (const listener of reconnects) listener()
  })
  subscriber.on('message', (channel: string, raw: string) => {
    const { from, message } = JSON.parse(raw) as { from: string; message: string }
    if (from === me) return
    for (const listener of listeners.get(channel.slice(PREFIX.length)) ?? []) listener(message)
  })
  return {
    async count(key, ttlMs) {
      try {
        const [n, left] = (await commands.eval(COUNT, 1, PREFIX + key, ttlMs)) as [number, number]
        return { n, ttlMs: left }
      } catch {
        throw sharedDown()
      }
    },
    broadcast(channel, message) {
      // A message lost to an outage is made up for by onReconnect on the other side.
      commands.publish(PREFIX + channel, JSON.stringify({ from: me, message })).catch(() => undefined)
    },
    receive(channel, listener) {
      if (!listeners.has(channel)) void subscriber.subscribe(PREFIX + channel).catch(() => undefined)
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
    },
    onReconnect(listener) {
      reconnects.push(listener)
    },
    redis: commands,
    async close() {
      await Promise.all([commands.quit().catch(() => undefined), subscriber.quit().catch(() => undefined)])
    }
  }
}

/**
 * @fastify/rate-limit's counters on `shared.count`, so that a client cannot
 * double its allowance by reaching two processes. A route's counters are
 * its own (method and path in the key). Redis out of reach refuses the
 * request with a 503, unless the route says `skipOnError` (reading).
 */
export function sharedRateLimitStore(shared: Shared, prefix = 'rate:'): FastifyRateLimitStoreCtor {
  // The plugin's typings lag its calls (incr gets the route's window, child its merged options), hence the cast at the end.
  class SharedStore {
    constructor(private readonly key = prefix) {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      shared.count(this.key + key, timeWindow).then(
        ({ n, ttlMs }) => callback(null, { current: n, ttl: ttlMs }),
        (err: Error) => callback(err)
      )
    }

    child(route: { routeInfo: Partial<RouteOptions> }): SharedStore {
      return new SharedStore(`${this.key}${String(route.routeInfo.method)}${route.routeInfo.url}:`)
    }
  }
  return SharedStore as unknown as FastifyRateLimitStoreCtor
}
