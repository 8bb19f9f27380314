import { createHmac, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { clearInterval, setInterval } from 'node:timers'
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify'
import compress from '@fastify/compress'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { trustProxy, type Config } from './config'
import { AppError } from './errors'
import { connect, migrateToLatest, type DbKind } from './db/connect'
import type { Db } from './db/database'
import { seedIfEmpty } from './db/seed'
import { storedSecret } from './db/stored-secret'
import { AdChecker } from './modules/ad-check/service'
import { CampaignService } from './modules/campaigns/service'
import { ContentEvents } from './modules/content/events'
import { ExposureService } from './modules/exposures/service'
import { ImageProcessor } from './modules/images/processor'
import { ImageService } from './modules/images/service'
import { PublishingService } from './modules/publishing/service'
import { ReadingService } from './modules/reading/service'
import { KeyRing } from './modules/keys/keyring'
import { StaffService } from './modules/staff/service'
import { LoginThrottle } from './modules/staff/throttle'
import { TipService } from './modules/tips/service'
import { QuizBank } from './modules/quiz/bank'
import { QuizRetention } from './modules/quiz/retention'
import { QuizService } from './modules/quiz/service'
import { CountingThread } from './modules/quiz/tally-thread'
import { PLAN_UNITS, TownService } from './modules/town/service'
import { claimTurn } from './modules/jobs/turns'
import { localShared, redisShared, sharedRateLimitStore, type Shared } from './shared'
import auth from './plugins/auth'
import errors, { answerClientError, answerError } from './plugins/errors'
import { installValidation } from './plugins/validation'
import { FIRST_PAINT_SCRIPT_SOURCE } from './plugins/first-paint'
import web from './plugins/web'
import adCheckRoutes from './routes/ad-check'
import campaignRoutes from './routes/campaigns'
import exposureRoutes from './routes/exposures'
import healthRoutes from './routes/health'
import hotlineRoutes from './routes/hotline'
import imageRoutes from './routes/images'
import publishingRoutes from './routes/publishing'
import readingRoutes from './routes/reading'
import staffRoutes from './routes/staff'
import quizRoutes from './routes/quiz'
import tipRoutes from './routes/tips'
import townRoutes from './routes/town'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    db: Db
    dbKind: DbKind
    /** What the API processes of a deployment share: in this process, or in Redis (server/shared.ts). */
    shared: Shared
    /** The clock every rule uses; tests set it. */
    now: () => Date
    /** The content-changed signal every cache of content listens to. */
    content: ContentEvents
    /** 广告体检, on a thread of its own. */
    adChecker: AdChecker
    reading: ReadingService
    staff: StaffService
    keys: KeyRing
    town: TownService
    publishing: PublishingService
    campaigns: CampaignService
    exposures: ExposureService
    images: ImageService
    tips: TipService
    quiz: QuizService
    quizBank: QuizBank
    quizRetention: QuizRetention
    /** The first admin's password when this start made one up, to print once. */
    initialAdminPassword: string | null
  }
}

/**
 * API answers are data, never pages: a fixed header set (helmet's per-request
 * work would cost a third of the article list's throughput) that stops a
 * browser from sniffing, framing or rendering them.
 */
/** Retention purges run hourly; each process looks this often whether a run is due. */
const PURGE_EVERY_MS = 3600000
const PURGE_LOOK_MS = 300000

const API_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY'
}

export interface BuildOptions {
  /** Pino logger options, or false in tests. */
  logger?: boolean | object
  /** The clock; tests pass a controlled one. */
  now?: () => Date
}

/**
 * Builds the whole server without listening, so tests drive it with
 * `app.inject` and main.ts only adds a port.
 */
export async function buildApp(config: Config, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.LOG_LEVEL,
            // Logged requests carry method and URL only: no address, user agent
            // or other header that could point at a tipster.
            serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }) },
            ...(typeof opts.logger === 'object' ? opts.logger : {})
          },
    // Only a configured proxy may name the client's address; anyone else's X-Forwarded-For is ignored.
    trustProxy: trustProxy(config.TRUST_PROXY),
    // No access log of every request: the busiest reads stay cheap, and there
    // is no line per request that could link a tipster to a time. Refused and
    // failed requests are still logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    frameworkErrors: answerError,
    clientErrorHandler: answerClientError,
    // Slow clients must not hold connections open (see config.ts). A socket
    // silent in both directions for as long as a whole request may take is
    // closed too: that catches a client that stops reading its answer.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    connectionTimeout: config.REQUEST_TIMEOUT_MS,
    http: {
      headersTimeout: config.HEADERS_TIMEOUT_MS,
      // Node checks the header and request deadlines only this often (30 s by default).
      connectionsCheckingInterval: Math.min(1000, Math.ceil(config.HEADERS_TIMEOUT_MS / 4))
    }
  }).withTypeProvider<TypeBoxTypeProvider>()
  installValidation(app)

  app.decorate('config', config)
  // The SQLite database (with the office keys, tip photos and pictures) lives here: no other user of the machine may read it.
  fs.mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 })
  fs.chmodSync(config.DATA_DIR, 0o700)
  const { db, kind } = connect({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR })
  app.decorate('db', db)
  app.decorate('dbKind', kind)
  await migrateToLatest(db, config.TOWN_CODE)
  if (await seedIfEmpty(db)) app.log.info('starter content loaded')

  const now = opts.now ?? (() => new Date())
  app.decorate('now', now)
  const shared = config.REDIS_URL ? await redisShared(config.REDIS_URL) : localShared()
  app.decorate('shared', shared)
  const content = new ContentEvents(db, now, shared)
  app.decorate('content', content)
  const reading = new ReadingService(db, now, content)
  app.decorate('reading', reading)
  const keys = new KeyRing(db, now)
  await keys.ensureOfficeKey(now())
  app.decorate('keys', keys)
  // Addresses are counted (sign-in, rate limits) as keyed hashes; processes that share counts share the key.
  const addressKey = shared.redis ? await storedSecret(db, 'address_key', 32, now()) : randomBytes(32)
  const staff = new StaffService(db, now, keys, new LoginThrottle(now, shared, addressKey))
  app.decorate('staff', staff)
  app.decorate('initialAdminPassword', await staff.bootstrap(config.ADMIN_INITIAL_PASSWORD))
  const town = new TownService(db, now, content, keys)
  await town.seed({
    code: config.TOWN_CODE,
    name: config.TOWN_NAME,
    hotlinePhone: config.HOTLINE_PHONE,
    hotlineHours: config.HOTLINE_HOURS,
    hotlineAddress: config.HOTLINE_ADDRESS,
    villages: [],
    units: PLAN_UNITS
  })
  // Towns made before their offices had keys of their own (the first town of a database from before) get theirs now.
  await keys.ensureTownKeys(
    db,
    (await town.list()).map((t) => t.code),
    now()
  )
  app.decorate('town', town)
  app.decorate('publishing', new PublishingService(db, content, now, () => town.get()))
  const campaigns = new CampaignService(db, reading, now, content)
  app.decorate('campaigns', campaigns)
  app.decorate('exposures', new ExposureService(db, now, content))
  const adChecker = new AdChecker()
  app.addHook('onClose', async () => adChecker.close())
  app.decorate('adChecker', adChecker)
  const pictures = new ImageProcessor()
  app.addHook('onClose', async () => pictures.close())
  const images = new ImageService(db, now, pictures)
  app.decorate('images', images)
  const quiz = new QuizService(db, new CountingThread({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }, app.log), now, campaigns, content)
  // The quiz's counting first (its thread has a connection of its own), then the database, then Redis.
  app.addHook('onClose', async () => {
    try {
      await quiz.close()
    } finally {
      await db.destroy()
      await shared.close()
    }
  })
  app.decorate('quiz', quiz)
  app.decorate('quizBank', new QuizBank(db, now, content))
  const tips = new TipService(db, keys, now, config.TIP_POW_BITS, pictures, shared)
  app.decorate('tips', tips)
  // Uploads live in the database; files a deployment from before left in DATA_DIR/uploads go into their rows, once.
  for (const [what, service] of [
    ['images', images],
    ['tip photos', tips]
  ] as const) {
    const { adopted, missing } = await service.adoptFiles(config.DATA_DIR)
    if (adopted > 0) app.log.info({ adopted }, `${what} moved from DATA_DIR/uploads into the database`)
    if (missing > 0) app.log.warn({ missing }, `${what} without their bytes: their files were missing when they were moved into the database`)
  }
  const quizRetention = new QuizRetention(db, now, config.QUIZ_RETENTION_DAYS)
  app.decorate('quizRetention', quizRetention)
  // Retention: closed tips and old quiz rounds are deleted at start and then hourly, by one process of
  // however many share the database (each looks every few minutes whether a run is due and claims it).
  const purges: [string, () => Promise<unknown>][] = [
    ['tip-purge', () => tips.purge()],
    ['quiz-purge', () => quizRetention.purge()]
  ]
  const purgeDue = () => Promise.all(purges.map(async ([job, purge]) => (await claimTurn(db, job, now(), PURGE_EVERY_MS)) && purge()))
  await purgeDue()
  const sweep = setInterval(() => void purgeDue().catch((err: unknown) => app.log.error({ err }, 'purge failed')), PURGE_LOOK_MS)
  sweep.unref()
  app.addHook('onClose', async () => clearInterval(sweep))

  await app.register(errors)
  // Brotli or gzip for answers over 1 KB to clients that accept it (a phone on
  // 3G waits for every byte); the H5 build's files come compressed ahead of
  // time (plugins/web.ts). Request bodies are never inflated: no phone sends
  // one compressed, and inflating is a bomb waiting for a sender.
  await app.register(compress, { encodings: ['br', 'gzip'], globalDecompression: false })
  await app.register(auth)
  await app.register(swagger, {
    openapi: {
      info: { title: '防非宣传 API', version: '1.0.0', description: '辛口镇防范非法集资宣传小程序的公开接口。所有错误均为 {"error": {"code", "message"}}，message 为中文。' }
    }
  })

  // Per-address limits on the routes that ask for them (sign-in, the tip box, ...).
  // One process counts addresses in its memory; several count in Redis,
  // where an address is kept only as a keyed hash, for one window at most.
  // Never stored in the database or logged.
  await app.register(rateLimit, {
    global: false,
    ...(shared.redis
      ? {
          store: sharedRateLimitStore(shared),
          keyGenerator: (req: FastifyRequest) => createHmac('sha256', addressKey).update(req.ip).digest('base64url').slice(0, 22)
        }
      : {}),
    errorResponseBuilder: (_req, ctx) => new AppError(429, 'rate_limited', `尝试太频繁了，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试。`)
  })

  await app.register(
    async (api) => {
      // A callback hook, not an async one: it runs on every API request, and a promise each time is measurable there.
      api.addHook('onRequest', (_req, reply, done) => {
        reply.headers(API_HEADERS)
        done()
      })
      await api.register(healthRoutes)
      await api.register(readingRoutes)
      await api.register(hotlineRoutes)
      await api.register(townRoutes)
      await api.register(campaignRoutes)
      await api.register(exposureRoutes)
      await api.register(imageRoutes)
      await api.register(staffRoutes)
      await api.register(publishingRoutes)
      await api.register(tipRoutes)
      await api.register(adCheckRoutes)
      await api.register(quizRoutes)
    },
    { prefix: '/api' }
  )
  // Pages (the H5 build, the API docs) get the full set of browser protections.
  await app.register(async (pages) => {
    await pages.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // The one inline script is home's first paint's, allowed by its hash (plugins/first-paint.ts).
          scriptSrc: ["'self'", FIRST_PAINT_SCRIPT_SOURCE],
          // blob: lets the H5 build read a chosen photo before uploading it.
          connectSrc: ["'self'", 'blob:'],
          // Village screens may load the app over plain http on the local network.
          upgradeInsecureRequests: null
        }
      },
      strictTransportSecurity: false
    })
    await pages.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
    await pages.register(web, { root: config.WEB_DIR })
  })
  return app
}
