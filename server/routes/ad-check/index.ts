import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import multipart from '@fastify/multipart'
import { AppError } from '../../errors'
import { MAX_PHOTO_BYTES } from '../../modules/tips/service'
import { ApiError, Body, openLimit } from '../schemas'
import { uploadedFile } from '../upload'

const Match = Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() })
const PROOF_MISSING = '识别照片需要先完成校验，请重新选一次照片。'

/**
 * 广告体检 for any client: the same engine the mini-program runs offline.
 * Nothing sent here is stored or logged; the text or photo only passes through.
 */
const adCheckRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['广告体检']
  // A flyer photo is a tip photo's size: the same limit, so a resident's photo fits either.
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 1 } })

  app.post(
    '/ad-check',
    {
      config: openLimit(120),
      schema: {
        tags,
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

  app.post(
    '/ad-check/photo',
    {
      // Reading a photo costs about two seconds of a core: far fewer per address than the text check
      // (20 in 10 minutes by default, the tip box's limit twice), and each photo spends a solved challenge of its own.
      config: { rateLimit: { max: app.config.TIP_RATE_LIMIT * 2, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: '识别传单照片上的文字（最多 10 MB；照片只在内存里识别，不保存、不记录），返回的文字给居民核对后再体检',
        consumes: ['multipart/form-data'],
        headers: Type.Object(
          { 'x-tip-proof': Type.String({ maxLength: 200, pattern: '^[0-9a-f.]+:[0-9]{1,20}$', errorMessage: PROOF_MISSING }) },
          { errorMessage: { required: { 'x-tip-proof': PROOF_MISSING } } }
        ),
        response: { 200: Type.Object({ text: Type.String(), lines: Type.Integer() }), 400: ApiError, 413: ApiError, 415: ApiError, 422: ApiError, 503: ApiError }
      }
    },
    async (req) => {
      // The proof is checked before the body is read: a bot without one costs the server nothing.
      const proof = req.headers['x-tip-proof']
      const at = proof.lastIndexOf(':')
      await app.tips.checkWork({ challenge: proof.slice(0, at), nonce: proof.slice(at + 1) }, 'flyer')
      const { chunks } = await uploadedFile(req, '照片', new AppError(400, 'too_large', '照片不能超过 10 MB，请换一张或截图后再试。'))
      const lines = await app.photoReader.read(chunks)
      if (lines.length === 0) throw new AppError(422, 'no_text', '照片上没有认出文字。请把传单放平、拍清楚、别反光，或直接输入文字。')
      return { text: lines.join('\n'), lines: lines.length }
    }
  )
}

export default adCheckRoutes
