import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { AppError } from '../../errors'
import { writeBeat } from '../../modules/health/service'
import { ApiError, openLimit } from '../schemas'

/** Longer than any healthy write takes, short enough for a monitor's timeout. */
export const HEALTH_WRITE_TIMEOUT_MS = 3000

/** Health is one database write that must reach the disk in time (modules/health). */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      config: openLimit(120),
      schema: { tags: ['运维'], summary: '服务是否正常（含一次数据库写入）', response: { 200: Type.Object({ ok: Type.Boolean() }), 503: ApiError } }
    },
    async () => {
      const outcome = await writeBeat(app.db, app.now(), HEALTH_WRITE_TIMEOUT_MS)
      if (outcome !== 'written') throw new AppError(503, `db_${outcome}`, '数据库暂时写不进去，请稍后再试。')
      return { ok: true }
    }
  )
}

export default healthRoutes
