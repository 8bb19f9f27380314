import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AdChecker } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    /** 广告体检, on a thread of its own. */
    adChecker: AdChecker
  }
}

export const adCheckPlugin = fp(
  async function adCheck(app: FastifyInstance) {
    const adChecker = new AdChecker()
    app.addHook('onClose', async () => adChecker.close())
    app.decorate('adChecker', adChecker)
  },
  { name: 'ad-check' }
)
