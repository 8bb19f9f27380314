import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { adoptUploads } from '../images/plugin'
import { TipService } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    tips: TipService
  }
}

export const tipsPlugin = fp(
  async function tips(app: FastifyInstance) {
    const tips = new TipService(app.db, app.keys, app.now, app.config.TIP_POW_BITS, app.pictures, app.shared)
    await adoptUploads(app, 'tip photos', tips)
    app.decorate('tips', tips)
  },
  { name: 'tips', dependencies: ['foundation', 'keys', 'pictures'] }
)
