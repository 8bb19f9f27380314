import envSchema from 'env-schema'
import { Type, type Static } from '@sinclair/typebox'
import { parseSchedule, ScheduleError } from '../src/core/office-hours'
import { DISTRICT, TOWN_CODE_PATTERN } from '../src/core/town'

/** Every setting the server reads, checked once at start-up. */
export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  HOST: Type.String({ default: '127.0.0.1' }),
  DATA_DIR: Type.String({ default: './data' }),
  /** postgres://... switches from the embedded SQLite file to PostgreSQL. */
  DATABASE_URL: Type.String({ default: '' }),
  /**
   * redis://... : with DATABASE_URL, the shared mode for several API
   * processes (rate limits, spent proofs of work and content changes kept in
   * Redis). Empty: one process keeps them itself.
   */
  REDIS_URL: Type.String({ default: '' }),
  /** Where the H5 build is served from. */
  WEB_DIR: Type.String({ default: './dist-h5' }),
  LOG_LEVEL: Type.String({ default: 'info' }),
  /** The first admin's password on an empty database; a random one is printed when this is empty. */
  ADMIN_INITIAL_PASSWORD: Type.String({ default: '' }),
  /**
   * The reverse proxy's addresses (or CIDRs, or `loopback`), comma-separated:
   * only a request from one of them may name the client in X-Forwarded-For.
   * Behind WeChat's required HTTPS proxy every phone would otherwise share the
   * proxy's address, and per-address limits would apply to the whole town.
   * Empty: no proxy, the header is ignored. A hop count is not accepted: it
   * cannot tell the proxy from a client that sends the header itself.
   */
  TRUST_PROXY: Type.String({ default: '' }),
  /** Sign-in attempts allowed per minute from one address, on top of the count of failures per address and account. */
  LOGIN_RATE_LIMIT: Type.Integer({ default: 20, minimum: 1 }),
  /** Proof-of-work strength for a tip: leading zero bits of SHA-256. 15 is a median of 0.65 s under `node --jitless` (npm run bench:pow), the stand-in for an iPhone without JIT. */
  TIP_POW_BITS: Type.Integer({ default: 15, minimum: 0, maximum: 24 }),
  /** Tips (and tip photos, x3) accepted per 10 minutes from one address. */
  TIP_RATE_LIMIT: Type.Integer({ default: 10, minimum: 1 }),
  /** Receipt lookups per minute from one address: guessing a 16-digit receipt gets nowhere. */
  TIP_LOOKUP_RATE_LIMIT: Type.Integer({ default: 20, minimum: 1 }),
  /** Quiz rounds started per minute from one address (a village hall's shared Wi-Fi needs room). */
  QUIZ_RATE_LIMIT: Type.Integer({ default: 120, minimum: 1 }),
  /** Days a played quiz round is kept after its draw (the running figures keep what it added); rounds never handed in go after a day. */
  QUIZ_RETENTION_DAYS: Type.Integer({ default: 30, minimum: 1 }),
  /**
   * Connection timeouts, in milliseconds. A request's headers must arrive
   * within HEADERS_TIMEOUT_MS and the whole request (a 5 MB photo from a
   * phone on a poor 3G line) within REQUEST_TIMEOUT_MS, or the connection is
   * closed; an idle kept-alive connection is closed after
   * KEEP_ALIVE_TIMEOUT_MS. Settings because the right trade between slow
   * villages and slow attackers depends on where the server runs.
   */
  HEADERS_TIMEOUT_MS: Type.Integer({ default: 10000, minimum: 100 }),
  REQUEST_TIMEOUT_MS: Type.Integer({ default: 60000, minimum: 100 }),
  KEEP_ALIVE_TIMEOUT_MS: Type.Integer({ default: 5000, minimum: 100 }),
  /**
   * The first town's code (in links and poster codes: ?town=xinkou) and its
   * profile's first values; afterwards admins edit them in the app, and a
   * district admin adds the other towns there.
   */
  TOWN_CODE: Type.String({ default: 'xinkou', pattern: TOWN_CODE_PATTERN, not: Type.Literal(DISTRICT) }),
  TOWN_NAME: Type.String({ default: '辛口镇', minLength: 1, maxLength: 30 }),
  // The town office's own consultation number, hours and address: facts only the office can set, so each is empty
  // until it does (12345 is the city's line, not the town's). The card shows what is set; the office is warned of the rest.
  HOTLINE_PHONE: Type.String({ default: '', pattern: '^([0-9+\\- ]{3,30})?$' }),
  HOTLINE_HOURS: Type.String({ default: '' }),
  HOTLINE_ADDRESS: Type.String({ default: '', maxLength: 100 })
})

export type Config = Static<typeof ConfigSchema>

/** TRUST_PROXY as Fastify takes it: off, or the trusted addresses. */
export const trustProxy = (setting: string): false | string => setting.trim() || false

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const config = envSchema<Config>({ schema: ConfigSchema, data: env, dotenv: false })
  if (config.REDIS_URL && !config.DATABASE_URL) throw new Error('REDIS_URL 只能和 DATABASE_URL（PostgreSQL）一起用：SQLite 数据库文件只能由一个进程使用。')
  if (/^\s*\d+\s*$/.test(config.TRUST_PROXY)) throw new Error('TRUST_PROXY 要写反向代理的地址（如 127.0.0.1 或 loopback），不能只写跳数。')
  // Node refuses to start a server whose headers may take longer than the whole request.
  if (config.HEADERS_TIMEOUT_MS > config.REQUEST_TIMEOUT_MS) throw new Error('HEADERS_TIMEOUT_MS 不能大于 REQUEST_TIMEOUT_MS')
  try {
    if (config.HOTLINE_HOURS.trim()) parseSchedule(config.HOTLINE_HOURS)
  } catch (err) {
    if (err instanceof ScheduleError) throw new Error(`HOTLINE_HOURS 配置有误：${err.message}`, { cause: err })
    throw err
  }
  return config
}
