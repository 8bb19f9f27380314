import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { ApiError, Body, openLimit } from '../schemas'

const Match = Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() })

/**
 * 广告体检 for any client: the same engine the mini-program runs offline.
 * Nothing sent here is stored or logged; the text only passes through.
 */
const adCheckRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/ad-check',
    {
      config: openLimit(120),
      schema: {
        tags: ['广告体检'],
        summary: '检查一段宣传文字有没有非法集资的危险信号（start/end 为 UTF-16 下标）',
        body: Body({ text: Type.String({ minLength: 1, maxLength: 5000, errorMessage: '请粘贴要检查的文字，1 到 5000 个字。' }) }),
        response: {
          200: Type.Object({
            risk: Type.Union([Type.Literal('high'), Type.Literal('medium'), Type.Literal('low')]),
            score: Type.Integer({ minimum: 0, maximum: 100 }),
            flags: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), explanation: Type.String(), law: Type.String(), matches: Type.Array(Match) }))
          }),
          400: ApiError,
          503: ApiError
        }
      }
    },
    async (req) => {
      const { risk, score, flags } = await app.adChecker.check(req.body.text)
      return { risk, score, flags }
    }
  )
}

export default adCheckRoutes
