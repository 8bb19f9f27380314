import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IDENTIFIER_LIMITS, LOOKUP_MAX } from '../../../src/core/lookup'
import { TOWN_SCOPED } from '../../plugins/auth'
import { ApiError, Body, Day, Id, NO_CONTROL, Ok, openLimit, Paging, Search, Text, TownQuery } from '../schemas'

const Exposure = Type.Object({
  id: Type.String(),
  name: Type.String(),
  what: Type.String(),
  exposedOn: Type.String(),
  source: Type.String(),
  identifiers: Type.Array(Type.String()),
  town: Type.Union([Type.Null(), Type.String()])
})
const Fields = Body({
  name: Text('机构或个人名称', 1, 60),
  what: Text('问题', 1, 500),
  exposedOn: Day('曝光日期'),
  source: Text('来源', 1, 100),
  // Optional for clients made before 查一查: an entry without them is found by its name.
  identifiers: Type.Array(Type.String({ maxLength: IDENTIFIER_LIMITS.length, pattern: NO_CONTROL }), {
    maxItems: IDENTIFIER_LIMITS.count,
    default: [],
    errorMessage: `其他名称、电话、网址、账号最多 ${IDENTIFIER_LIMITS.count} 项，每项最多 ${IDENTIFIER_LIMITS.length} 个字。`
  })
})
const Kind = Type.Union([Type.Literal('name'), Type.Literal('number'), Type.Literal('link'), Type.Literal('account')])

/** The exposure list (曝光台): residents search it by name; publishers keep it. */
const exposureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['曝光台']
  app.get(
    '/exposures',
    {
      schema: {
        tags,
        summary: '按名称查询曝光的机构（town=代码：本镇的和区里的）',
        querystring: Type.Object({ ...TownQuery.properties, q: Search, ...Paging }),
        response: { 200: Type.Object({ items: Type.Array(Exposure), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }), 400: ApiError }
      }
    },
    async (req) => app.exposures.search((await app.town.get(req.query.town)).code, req.query.q?.trim() || undefined, req.query.page, req.query.pageSize)
  )

  app.post(
    '/lookup',
    {
      // As 广告体检: per address, and Redis out of reach lets it through (only tips and sign-in must be refused then).
      config: openLimit(60),
      schema: {
        tags: ['查一查'],
        summary: '查一个名称、电话、网址或账号是否在曝光台上（只查曝光台，不查举报线索；town=代码：本镇的和区里的）',
        querystring: TownQuery,
        body: Body({
          q: Type.String({
            minLength: 1,
            maxLength: LOOKUP_MAX,
            pattern: NO_CONTROL,
            errorMessage: { minLength: '请输入要查的名称、电话、网址或账号。', maxLength: `要查的内容最多 ${LOOKUP_MAX} 个字。`, pattern: '要查的内容里有无法识别的字符。' }
          })
        }),
        response: {
          200: Type.Object({
            query: Type.Object({ kind: Kind, key: Type.String() }),
            partial: Type.Union([Type.Literal('short'), Type.Literal('generic'), Type.Null()]),
            matches: Type.Array(Type.Object({ exposure: Exposure, matched: Type.String(), kind: Kind }))
          }),
          400: ApiError,
          429: ApiError
        }
      }
    },
    // Nothing asked here is stored or logged: whom a resident checks is their business.
    async (req) => app.exposures.lookup(req.body.q, (await app.town.get(req.query.town)).code)
  )

  // A town's publishers keep their town's entries and see the district's (modules/content/towns).
  const publishers = app.requireRoles('publisher')
  const Record = Type.Object({ ...Exposure.properties, status: Type.String(), updatedAt: Type.String(), hidden: Type.Boolean() })
  app.get(
    '/admin/exposures',
    { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '全部曝光信息（含已撤下）', response: { 200: Type.Object({ items: Type.Array(Record) }) } } },
    async (req) => ({
      items: await app.exposures.list(req.actor!)
    })
  )
  app.post('/admin/exposures', { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '发布曝光信息', body: Fields, response: { 200: Record, 400: ApiError } } }, async (req) =>
    app.exposures.create(req.actor!, req.body)
  )
  app.put(
    '/admin/exposures/:id',
    { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '修改曝光信息', params: Id, body: Fields, response: { 200: Ok, 403: ApiError, 404: ApiError } } },
    async (req) => {
      await app.exposures.update(req.actor!, req.params.id, req.body)
      return { ok: true }
    }
  )
  for (const [action, status] of [
    ['withdraw', 'withdrawn'],
    ['publish', 'published']
  ] as const) {
    app.post(
      `/admin/exposures/:id/${action}`,
      {
        onRequest: publishers,
        config: TOWN_SCOPED,
        schema: { tags, summary: action === 'withdraw' ? '撤下' : '重新发布', params: Id, response: { 200: Ok, 403: ApiError, 404: ApiError, 409: ApiError } }
      },
      async (req) => {
        await app.exposures.setStatus(req.actor!, req.params.id, status)
        return { ok: true }
      }
    )
  }
}

export default exposureRoutes
