import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** Serves the H5 build at `/`, so the office's desk browser and the village screens need nothing else. */
export default async function web(app: FastifyInstance, opts: { root: string }) {
  const root = path.resolve(opts.root)
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'H5 build not found; run npm run build:h5')
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><p>网页版尚未构建，请先运行 npm run build:h5。</p>')
    )
    return
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    setHeaders(res, filePath) {
      // Built assets carry a content hash in their names; the page itself must
      // always be fresh so a new build reaches every screen.
      const immutable = /\.[0-9a-f]{8,}\./.test(path.basename(filePath))
      res.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    }
  })
}
