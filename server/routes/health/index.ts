import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { AppError } from '../../errors'
import { ApiError } from '../schemas'

/** Longer than any healthy write takes, short enough for a monitor's timeout. */
export const HEALTH_WRITE_TIMEOUT_MS = 3000

/**
 * Healthy means a write reaches the disk: a tip is acknowledged only after
 * that, so a server whose writes are stuck (a held lock, a saturated thread
 * pool, a full disk) is not healthy however fast it answers.
 */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      // Redis out of reach lets reading through: only tips and sign-in must be refused then.
      config: { rateLimit: { max: 120, timeWindow: '1 minute', skipOnError: true } },
      schema: { tags: ['运维'], summary: '服务是否正常（含一次数据库写入）', response: { 200: Type.Object({ ok: Type.Boolean() }), 503: ApiError } }
    },
    async () => {
      const at = app.now().toISOString()
      const write = app.db
        .insertInto('settings')
        .values({ key: 'health_beat', value: JSON.stringify(at), updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(at), updated_at: at }))
        .execute()
      let timer: NodeJS.Timeout | undefined
      const stalled = new Promise<'stalled'>((resolve) => {
        timer = setTimeout(() => resolve('stalled'), HEALTH_WRITE_TIMEOUT_MS)
      })
      // A stalled write goes on after the answer; whatever becomes of it is no one's answer now.
      const outcome = await Promise.race([write.then(() => 'written' as const, () => 'failed' as const), stalled])
      clearTimeout(timer)
      if (outcome !== 'written') throw new AppError(503, `db_${outcome}`, '数据库暂时写不进去，请稍后再试。')
      return { ok: true }
    }
  )
}

export default healthRoutes
