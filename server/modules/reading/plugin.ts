import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ReadingService } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    reading: ReadingService
  }
}

export const readingPlugin = fp(
  async function reading(app: FastifyInstance) {
    app.decorate('reading', new ReadingService(app.db, app.now, app.content))
  },
  { name: 'reading', dependencies: ['foundation', 'content'] }
)
