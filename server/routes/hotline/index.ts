import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { isOpen, parseSchedule, scheduleLabel } from '../../../src/core/office-hours'
import type { Hotline } from '../../../src/core/reading-types'

/** The consultation hotline the plan asks for (四（二）: 设立防范非法集资咨询电话). */
const hotlineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const schedule = parseSchedule(app.config.HOTLINE_HOURS)
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
    async (): Promise<Hotline> => ({
      phone: app.config.HOTLINE_PHONE,
      hours: scheduleLabel(schedule),
      schedule: app.config.HOTLINE_HOURS,
      address: app.config.HOTLINE_ADDRESS,
      openNow: isOpen(schedule, new Date())
    })
  )
}

export default hotlineRoutes
