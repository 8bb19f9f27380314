import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    { schema: { tags: ['运维'], summary: '服务是否正常', response: { 200: Type.Object({ ok: Type.Boolean() }) } } },
    async () => ({ ok: true })
  )
}

export default healthRoutes
