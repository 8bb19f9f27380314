import { createHmac, randomBytes } from 'node:crypto'
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify'
import compress from '@fastify/compress'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { trustProxy, type Config } from './config'
import { AppError } from './errors'
import { storedSecret } from './db/stored-secret'
import { foundationPlugin } from './foundation'
import { adCheckPlugin } from './modules/ad-check/plugin'
import { campaignsPlugin } from './modules/campaigns/plugin'
import { contentPlugin } from './modules/content/plugin'
import { exposuresPlugin } from './modules/exposures/plugin'
import { imagesPlugin, picturesPlugin } from './modules/images/plugin'
import { purgesPlugin } from './modules/jobs/plugin'
import { keysPlugin } from './modules/keys/plugin'
import { publishingPlugin } from './modules/publishing/plugin'
import { quizPlugin } from './modules/quiz/plugin'
import { readingPlugin } from './modules/reading/plugin'
import { staffPlugin } from './modules/staff/plugin'
import { tipsPlugin } from './modules/tips/plugin'
import { townPlugin } from './modules/town/plugin'
import { sharedRateLimitStore } from './shared'
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

/**
 * API answers are data, never pages: a fixed header set (helmet's per-request
 * work would cost a third of the article list's throughput) that stops a
 * browser from sniffing, framing or rendering them.
 */
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

  // The modules' services, each a plugin (fastify-plugin) that decorates the app with its service and names the
  // plugins it builds on: registered in this order, and Fastify refuses to start if one comes before what it needs.
  await app.register(foundationPlugin, { config, now: opts.now })
  // Addresses are counted (sign-in, rate limits) as keyed hashes; processes that share counts share the key.
  const addressKey = app.shared.redis ? await storedSecret(app.db, 'address_key', 32, app.now()) : randomBytes(32)
  await app.register(contentPlugin)
  await app.register(readingPlugin)
  await app.register(keysPlugin)
  await app.register(staffPlugin, { addressKey })
  await app.register(townPlugin)
  await app.register(publishingPlugin)
  await app.register(campaignsPlugin)
  await app.register(exposuresPlugin)
  await app.register(adCheckPlugin)
  await app.register(picturesPlugin)
  await app.register(imagesPlugin)
  await app.register(quizPlugin)
  await app.register(tipsPlugin)
  await app.register(purgesPlugin)

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
    ...(app.shared.redis
      ? {
          store: sharedRateLimitStore(app.shared),
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
