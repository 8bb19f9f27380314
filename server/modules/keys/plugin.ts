import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { KeyRing } from './keyring'

declare module 'fastify' {
  interface FastifyInstance {
    keys: KeyRing
  }
}

export const keysPlugin = fp(
  async function keys(app: FastifyInstance) {
    const keys = new KeyRing(app.db, app.now)
    await keys.ensureOfficeKey(app.now())
    app.decorate('keys', keys)
  },
  { name: 'keys', dependencies: ['foundation'] }
)
