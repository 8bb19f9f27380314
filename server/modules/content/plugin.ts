import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ContentEvents } from './events'

declare module 'fastify' {
  interface FastifyInstance {
    /** The content-changed signal every cache of content listens to. */
    content: ContentEvents
  }
}

export const contentPlugin = fp(
  async function content(app: FastifyInstance) {
    app.decorate('content', new ContentEvents(app.db, app.now, app.shared))
  },
  { name: 'content', dependencies: ['foundation'] }
)
