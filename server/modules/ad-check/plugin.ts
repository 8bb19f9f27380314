import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { PhotoReader } from './photo-reader'
import { AdChecker } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    /** 广告体检, on a thread of its own. */
    adChecker: AdChecker
    /** The words on a photographed flyer, for 广告体检, in a process of its own. */
    photoReader: PhotoReader
  }
}

export const adCheckPlugin = fp(
  async function adCheck(app: FastifyInstance) {
    const adChecker = new AdChecker()
    app.addHook('onClose', async () => adChecker.close())
    app.decorate('adChecker', adChecker)
    const photoReader = new PhotoReader()
    app.addHook('onClose', async () => photoReader.close())
    app.decorate('photoReader', photoReader)
  },
  { name: 'ad-check' }
)
