import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { Kind } from '../../../src/core/publishing'
import { TOWN_SCOPED } from '../../plugins/auth'
import { ApiError, Body, CaseKind, Category, ContentStatus, DeskRecord, Id, Ok, PublishFields, RedFlagCodes, RejectBody, RestoreBody, RevisionQuery, Text } from '../schemas'

const BODY_MAX = 20000

const ArticleFields = {
  title: Text('标题', 2, 30),
  category: Category,
  summary: Text('摘要', 2, 60),
  redFlags: RedFlagCodes,
  body: Text('正文', 1, BODY_MAX)
}

const CaseFields = {
  title: Text('标题', 2, 30),
  category: Category,
  summary: Text('摘要', 2, 60),
  redFlags: RedFlagCodes,
  featured: Type.Boolean({ errorMessage: '“首页推荐”只能是是或否。' }),
  kind: CaseKind,
  source: Type.String({ maxLength: 100, errorMessage: '来源最多 100 个字。' }),
  sourceUrl: Type.String({ maxLength: 300, errorMessage: '来源网址最多 300 个字符。' }),
  story: Text('案情经过', 1, BODY_MAX),
  outcome: Text('结局', 1, BODY_MAX),
  lesson: Text('启示', 1, BODY_MAX),
  question: Type.Object(
    {
      prompt: Text('检验题题目', 1, 200),
      options: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 2, maxItems: 5, errorMessage: '检验题要有 2 到 5 个选项，每个 1 到 100 个字。' }),
      answer: Type.Integer({ minimum: 0, maximum: 4, errorMessage: '请选出检验题的正确答案。' }),
      explanation: Text('答案解析', 1, 500)
    },
    { additionalProperties: false }
  )
}

const ListItem = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  category: Type.String(),
  status: Type.String(),
  publishedAt: Type.String(),
  scheduled: Type.Boolean(),
  updatedAt: Type.String(),
  town: Type.Union([Type.Null(), Type.String()]),
  hidden: Type.Boolean()
})

const Item = Type.Object({ ...DeskRecord, publishedAt: Type.String(), scheduled: Type.Boolean(), town: Type.Union([Type.Null(), Type.String()]) })

/**
 * The publishing desk, the same for articles (/admin/articles) and case
 * lessons (/admin/cases). Editors write and submit; publishers also review,
 * publish (now or at a set time) and withdraw. Tip handlers see none of it.
 * A town's people work on their town's items and read the district's
 * (modules/content/towns).
 */
const publishingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const writers = app.requireRoles('editor', 'publisher')
  const publishers = app.requireRoles('publisher')

  for (const [kind, path, fields, label] of [
    ['article', 'articles', ArticleFields, '文章'],
    ['case', 'cases', CaseFields, '案例']
  ] as const) {
    const tags = [`办公室：${label}`]
    const Fields = Body(fields)
    const k: Kind = kind

    app.get(
      `/admin/${path}`,
      {
        onRequest: writers,
        config: TOWN_SCOPED,
        schema: { tags, summary: `${label}列表（含草稿）`, querystring: Type.Object({ status: Type.Optional(ContentStatus) }), response: { 200: Type.Object({ items: Type.Array(ListItem) }) } }
      },
      async (req) => ({ items: await app.publishing.list(req.actor!, k, req.query.status) })
    )

    app.post(`/admin/${path}`, { onRequest: writers, config: TOWN_SCOPED, schema: { tags, summary: `新建${label}草稿`, body: Fields, response: { 200: Item, 400: ApiError } } }, async (req) =>
      app.publishing.create(req.actor!, k, req.body as never)
    )

    app.get(`/admin/${path}/:id`, { onRequest: writers, config: TOWN_SCOPED, schema: { tags, summary: `${label}及其各版本`, params: Id, response: { 200: Item, 404: ApiError } } }, async (req) =>
      app.publishing.get(req.actor!, k, req.params.id)
    )

    app.put(
      `/admin/${path}/:id`,
      {
        onRequest: writers,
        config: TOWN_SCOPED,
        schema: {
          tags,
          summary: `保存${label}（产生新版本）`,
          params: Id,
          querystring: RevisionQuery,
          body: Fields,
          response: { 200: Item, 400: ApiError, 404: ApiError, 409: ApiError }
        }
      },
      async (req) => app.publishing.save(req.actor!, k, req.params.id, req.body as never, req.query.revision)
    )

    app.get(`/admin/${path}/:id/preview`, { onRequest: writers, config: TOWN_SCOPED, schema: { tags, summary: '预览：与居民看到的完全一样（形状同公开的详情接口）', params: Id } }, async (req) =>
      app.publishing.preview(req.actor!, k, req.params.id)
    )

    app.post(
      `/admin/${path}/:id/submit`,
      { onRequest: writers, config: TOWN_SCOPED, schema: { tags, summary: '提交审核', params: Id, response: { 200: Ok, 404: ApiError, 409: ApiError } } },
      async (req) => {
        await app.publishing.submit(req.actor!, k, req.params.id)
        return { ok: true }
      }
    )

    app.post(
      `/admin/${path}/:id/restore`,
      {
        onRequest: writers,
        config: TOWN_SCOPED,
        schema: { tags, summary: '恢复到某个旧版本（作为新版本保存）', params: Id, body: RestoreBody, response: { 200: Item, 404: ApiError, 409: ApiError } }
      },
      async (req) => app.publishing.restore(req.actor!, k, req.params.id, req.body.revision)
    )

    app.post(
      `/admin/${path}/:id/reject`,
      { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '退回修改', params: Id, body: RejectBody, response: { 200: Ok, 404: ApiError, 409: ApiError } } },
      async (req) => {
        await app.publishing.reject(req.actor!, k, req.params.id, req.body.reason)
        return { ok: true }
      }
    )

    app.post(
      `/admin/${path}/:id/publish`,
      {
        onRequest: publishers,
        config: TOWN_SCOPED,
        schema: {
          tags,
          summary: '发布审阅过的那一版（不填时间即立即发布，填了则到时自动发布；审阅后内容又改过则 409）',
          params: Id,
          body: Body({ ...PublishFields, at: Type.Optional(Type.String({ format: 'date-time', errorMessage: '发布时间格式不对。' })) }),
          response: { 200: Ok, 400: ApiError, 404: ApiError, 409: ApiError }
        }
      },
      async (req) => {
        await app.publishing.publish(req.actor!, k, req.params.id, req.body.revision, req.body.at ? new Date(req.body.at) : undefined)
        return { ok: true }
      }
    )

    app.post(
      `/admin/${path}/:id/withdraw`,
      { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '撤下', params: Id, response: { 200: Ok, 404: ApiError, 409: ApiError } } },
      async (req) => {
        await app.publishing.withdraw(req.actor!, k, req.params.id)
        return { ok: true }
      }
    )
  }
}

export default publishingRoutes
