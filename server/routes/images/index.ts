import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { AppError } from '../../errors'
import { MAX_IMAGE_BYTES } from '../../modules/images/service'
import { TOWN_SCOPED } from '../../plugins/auth'
import { ApiError, Id } from '../schemas'
import { uploadedFile } from '../upload'

/** Pictures for articles, lessons and banners: staff upload, everyone reads. */
const imageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 0, parts: 1 } })

  app.post(
    '/admin/images',
    {
      onRequest: app.requireRoles('editor', 'publisher'),
      // Pictures belong to no town: they are public once used, and a town's editors illustrate their own articles.
      config: TOWN_SCOPED,
      schema: {
        tags: ['图片'],
        summary: '上传图片（JPG、PNG、WebP，最大 5 MB，字段名 file）',
        consumes: ['multipart/form-data'],
        response: { 200: Type.Object({ id: Type.String(), mime: Type.String(), width: Type.Integer(), height: Type.Integer(), bytes: Type.Integer() }), 400: ApiError, 413: ApiError, 415: ApiError }
      }
    },
    async (req) => {
      const { chunks } = await uploadedFile(req, '图片', new AppError(413, 'too_large', '图片不能超过 5 MB。'))
      return app.images.store(req.actor!, chunks)
    }
  )

  app.get('/images/:id', { schema: { tags: ['图片'], summary: '图片', params: Id } }, async (req, reply) => {
    const found = await app.images.open(req.params.id)
    if (!found) throw new AppError(404, 'not_found', '没有这张图片。')
    // Ids never change their picture, so the phone may keep it for good.
    return reply.type(found.mime).header('cache-control', 'public, max-age=31536000, immutable').send(found.data)
  })
}

export default imageRoutes
