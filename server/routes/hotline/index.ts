import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { ApiError, TownQuery } from '../schemas'

/**
 * The consultation line the plan asks for (四（二）: 设立防范非法集资咨询电话),
 * from the profile of the town the request names: the office's own number,
 * or null until it is set.
 */
const hotlineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/hotline',
    {
      schema: {
        tags: ['热线'],
        summary: '镇咨询电话（未设置时为 null）、办公时间、地址、现在是否在办公时间、镇名（town=代码，不带则为默认的镇）',
        querystring: TownQuery,
        response: {
          400: ApiError,
          200: Type.Object({ phone: Type.Union([Type.String(), Type.Null()]), hours: Type.String(), schedule: Type.String(), address: Type.String(), openNow: Type.Boolean(), town: Type.String() })
        }
      }
    },
    async (req) => app.town.hotline(req.query.town)
  )
}

export default hotlineRoutes
