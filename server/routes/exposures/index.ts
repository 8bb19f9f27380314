import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { ApiError, Body, Day, Id, Ok, Paging, Search, Text } from '../schemas'

const Exposure = Type.Object({ id: Type.String(), name: Type.String(), what: Type.String(), exposedOn: Type.String(), source: Type.String() })
const Fields = Body({ name: Text('机构或个人名称', 1, 60), what: Text('问题', 1, 500), exposedOn: Day('曝光日期'), source: Text('来源', 1, 100) })

/** The exposure list (曝光台): residents search it by name; publishers keep it. */
const exposureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['曝光台']
  app.get(
    '/exposures',
    {
      schema: {
        tags,
        summary: '按名称查询曝光的机构',
        querystring: Type.Object({ q: Search, ...Paging }),
        response: { 200: Type.Object({ items: Type.Array(Exposure), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }), 400: ApiError }
      }
    },
    async (req) => app.exposures.search(req.query.q?.trim() || undefined, req.query.page, req.query.pageSize)
  )

  const publishers = app.requireRoles('publisher')
  const Record = Type.Object({ ...Exposure.properties, status: Type.String(), updatedAt: Type.String() })
  app.get('/admin/exposures', { onRequest: publishers, schema: { tags, summary: '全部曝光信息（含已撤下）', response: { 200: Type.Object({ items: Type.Array(Record) }) } } }, async () => ({
    items: await app.exposures.list()
  }))
  app.post('/admin/exposures', { onRequest: publishers, schema: { tags, summary: '发布曝光信息', body: Fields, response: { 200: Record, 400: ApiError } } }, async (req) =>
    app.exposures.create(req.actor!, req.body)
  )
  app.put('/admin/exposures/:id', { onRequest: publishers, schema: { tags, summary: '修改曝光信息', params: Id, body: Fields, response: { 200: Ok, 404: ApiError } } }, async (req) => {
    await app.exposures.update(req.actor!, req.params.id, req.body)
    return { ok: true }
  })
  for (const [action, status] of [
    ['withdraw', 'withdrawn'],
    ['publish', 'published']
  ] as const) {
    app.post(`/admin/exposures/:id/${action}`, { onRequest: publishers, schema: { tags, summary: action === 'withdraw' ? '撤下' : '重新发布', params: Id, response: { 200: Ok, 404: ApiError, 409: ApiError } } }, async (req) => {
      await app.exposures.setStatus(req.actor!, req.params.id, status)
      return { ok: true }
    })
  }
}

export default exposureRoutes
