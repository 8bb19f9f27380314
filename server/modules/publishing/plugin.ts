import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { PublishingService } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    publishing: PublishingService
  }
}

export const publishingPlugin = fp(
  async function publishing(app: FastifyInstance) {
    app.decorate('publishing', new PublishingService(app.db, app.content, app.now, (code) => app.town.get(code ?? undefined)))
  },
  { name: 'publishing', dependencies: ['foundation', 'content', 'town'] }
)
