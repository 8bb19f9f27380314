import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { HOTLINE_META, HOTLINE_TOWN_META } from '../../src/core/reading-types'
import { firstPaintPage } from './first-paint'

const escapeAttribute = (text: string): string => text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c)

/** Serves the H5 build at `/`, so the office's desk browser and the village screens need nothing else. */
export default async function web(app: FastifyInstance, opts: { root: string }) {
  const root = path.resolve(opts.root)
  const indexFile = path.join(root, 'index.html')
  if (!fs.existsSync(indexFile)) {
    app.log.warn({ root }, 'H5 build not found; run npm run build:h5')
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><p>网页版尚未构建，请先运行 npm run build:h5。</p>')
    )
    return
  }
  // The page carries the hotline twice: as data for the app (a meta tag read
  // by src/services/hotline.ts, so the app's home needs no request of its own
  // for it) and as home's first paint (first-paint.ts), shown before the
  // app's scripts have come. The town profile is cached in memory, so this
  // costs no query.
  const page = firstPaintPage(fs.readFileSync(indexFile, 'utf8'))
  // A link to one town (/?town=xinkou) carries that town's hotline and says whose it is; a code the deployment
  // does not know gets the default town's, unnamed, as a page without town= does.
  const sendPage = async (req: FastifyRequest, reply: FastifyReply) => {
    const { town } = req.query as { town?: unknown }
    const named = typeof town === 'string' ? await app.town.get(town).catch(() => null) : null
    const hotline = await app.town.hotline(named?.code)
    const meta = `<meta name="${HOTLINE_META}" content="${escapeAttribute(JSON.stringify(hotline))}">` + (named ? `<meta name="${HOTLINE_TOWN_META}" content="${escapeAttribute(named.code)}">` : '')
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(page(meta, hotline, app.now()))
  }
  app.get('/', { schema: { hide: true } }, sendPage)
  app.get('/index.html', { schema: { hide: true } }, sendPage)
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    // scripts/precompress.mjs writes .br and .gz beside each file after the build: sent as they are, no work per request.
    preCompressed: true,
    setHeaders(res, filePath) {
      // Built assets carry a content hash in their names; the page itself must
      // always be fresh so a new build reaches every screen.
      const immutable = /\.[0-9a-f]{8,}\./.test(path.basename(filePath))
      res.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    }
  })
}
