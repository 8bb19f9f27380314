import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { CATEGORY_CODES } from '../../../src/core/categories'
import { CaseKind, TownQuery } from '../schemas'
import { sendSerialisedOnce } from '../serialised-once'

const RedFlag = Type.Object({ code: Type.String(), label: Type.String() })
const Summary = {
  id: Type.String(),
  title: Type.String(),
  category: Type.String(),
  summary: Type.String(),
  publishedAt: Type.String({ format: 'date-time' }),
  town: Type.Union([Type.Null(), Type.String()])
}
const ArticleSummary = Type.Object(Summary)
const CaseSummary = Type.Object({ ...Summary, redFlags: Type.Array(RedFlag), featured: Type.Boolean(), kind: CaseKind })
const PageOf = <T extends ReturnType<typeof Type.Object>>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() })
const ApiError = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) })

const ListQuery = Type.Object({
  ...TownQuery.properties,
  category: Type.Optional(
    Type.Union(
      CATEGORY_CODES.map((c) => Type.Literal(c)),
      { errorMessage: '没有这个分类。' }
    )
  ),
  q: Type.Optional(Type.String({ maxLength: 100, pattern: '^[^\\u0000-\\u001f]*$', errorMessage: { maxLength: '搜索词最多 100 个字。', pattern: '搜索词里有无法识别的字符。' } })),
  page: Type.Integer({ minimum: 1, maximum: 10000, default: 1, errorMessage: '页码要是 1 到 10000 之间的整数。' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 10, errorMessage: '每页条数要是 1 到 50 之间的整数。' })
})
const CaseListQuery = Type.Object({
  ...ListQuery.properties,
  featured: Type.Optional(Type.Boolean({ errorMessage: 'featured 只能是 true 或 false。' }))
})
const IdParams = Type.Object({ id: Type.String() })

/** The public reading API: categories, articles and case lessons. */
const readingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/categories',
    {
      schema: {
        tags: ['阅读'],
        summary: '文章分类及每类文章数（town=代码：本镇的和区里的文章）',
        querystring: TownQuery,
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), count: Type.Integer() })) }) }
      }
    },
    async (req, reply) => sendSerialisedOnce(reply, await app.reading.categories((await app.town.get(req.query.town)).code))
  )

  app.get(
    '/articles',
    { schema: { tags: ['阅读'], summary: '文章列表（town=代码：本镇的和区里的；分类、关键词、分页）', querystring: ListQuery, response: { 200: PageOf(ArticleSummary), 400: ApiError } } },
    async (req, reply) => {
      const { category, q, page, pageSize } = req.query
      return sendSerialisedOnce(reply, await app.reading.articles({ town: (await app.town.get(req.query.town)).code, category, q: q?.trim() || undefined, page, pageSize }))
    }
  )

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['阅读'],
        summary: '文章详情',
        params: IdParams,
        response: { 200: Type.Object({ ...Summary, body: Type.String(), redFlags: Type.Array(RedFlag) }), 404: ApiError }
      }
    },
    async (req, reply) => sendSerialisedOnce(reply, await app.reading.article(req.params.id))
  )

  app.get(
    '/cases',
    { schema: { tags: ['阅读'], summary: '以案说法列表（town=代码：本镇的和区里的）', querystring: CaseListQuery, response: { 200: PageOf(CaseSummary), 400: ApiError } } },
    async (req, reply) => {
      const { category, q, page, pageSize, featured } = req.query
      return sendSerialisedOnce(reply, await app.reading.cases({ town: (await app.town.get(req.query.town)).code, category, q: q?.trim() || undefined, page, pageSize, featured }))
    }
  )

  app.get(
    '/cases/:id',
    {
      schema: {
        tags: ['阅读'],
        summary: '以案说法详情（案情、红旗、结局、启示、检验题）',
        params: IdParams,
        response: {
          200: Type.Object({
            ...CaseSummary.properties,
            source: Type.String(),
            sourceUrl: Type.String(),
            story: Type.String(),
            outcome: Type.String(),
            lesson: Type.String(),
            question: Type.Object({ prompt: Type.String(), options: Type.Array(Type.String()), answer: Type.Integer(), explanation: Type.String() })
          }),
          404: ApiError
        }
      }
    },
    async (req, reply) => sendSerialisedOnce(reply, await app.reading.caseLesson(req.params.id))
  )
}

export default readingRoutes
