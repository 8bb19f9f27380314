import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ExposureService } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    exposures: ExposureService
  }
}

export const exposuresPlugin = fp(
  async function exposures(app: FastifyInstance) {
    app.decorate('exposures', new ExposureService(app.db, app.now, app.content))
  },
  { name: 'exposures', dependencies: ['foundation', 'content'] }
)
