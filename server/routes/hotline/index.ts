import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { Hotline } from '../../../src/core/reading-types'

/** The consultation hotline the plan asks for (四（二）: 设立防范非法集资咨询电话), from the town profile. */
const hotlineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/hotline',
    {
      schema: {
        tags: ['热线'],
        summary: '咨询热线、办公时间、地址、现在是否在办公时间',
        response: {
          200: Type.Object({ phone: Type.String(), hours: Type.String(), schedule: Type.String(), address: Type.String(), openNow: Type.Boolean() })
        }
      }
    },
    async (): Promise<Hotline> => app.town.hotline()
  )
}

export default hotlineRoutes
