import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { AppError } from '../../errors'
import { TOWN_SCOPED } from '../../plugins/auth'
import { ApiError, Body, CaseKind, Day, Id, Text, TownQuery } from '../schemas'

const Summary = Type.Object({ id: Type.String(), title: Type.String(), category: Type.String(), summary: Type.String(), publishedAt: Type.String() })
const PublicCampaign = Type.Object({
  id: Type.String(),
  name: Type.String(),
  theme: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  bannerImageId: Type.Union([Type.Null(), Type.String()]),
  slogans: Type.Array(Type.String()),
  articles: Type.Array(Summary),
  cases: Type.Array(Type.Object({ ...Summary.properties, redFlags: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })), featured: Type.Boolean(), kind: CaseKind }))
})
const Ids = (label: string) => Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20, uniqueItems: true, errorMessage: `${label}最多选 20 个，不能重复。` })
const Fields = Body({
  name: Type.String({ maxLength: 20, default: '', errorMessage: '宣传月名称最多 20 个字；不填就用全国统一的名称。' }),
  theme: Text('主题', 2, 30),
  startsOn: Day('开始日期'),
  endsOn: Day('结束日期'),
  bannerImageId: Type.Union([Type.Null(), Type.String({ maxLength: 40 })], { errorMessage: '横幅图片不对。' }),
  slogans: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 20, errorMessage: '宣传口号要有 1 到 20 条，每条 1 到 40 个字。' }),
  articleIds: Ids('推荐文章'),
  caseIds: Ids('推荐案例'),
  quizSeconds: Type.Integer({ minimum: 60, maximum: 600, default: 180, errorMessage: '答题限时要在 60 到 600 秒之间。' }),
  quizFeedback: Type.Boolean({ default: false, errorMessage: '“每题答完就告诉对错”只能是开或关。' })
})
const Record = Type.Object({
  id: Type.String(),
  name: Type.String(),
  theme: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  bannerImageId: Type.Union([Type.Null(), Type.String()]),
  slogans: Type.Array(Type.String()),
  articleIds: Type.Array(Type.String()),
  caseIds: Type.Array(Type.String()),
  quizSeconds: Type.Integer(),
  quizFeedback: Type.Boolean(),
  status: Type.String(),
  updatedAt: Type.String(),
  town: Type.Union([Type.Null(), Type.String()]),
  hidden: Type.Boolean()
})

/** The publicity month: residents see the running or coming one; publishers run them. */
const campaignRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['宣传月']
  for (const which of ['current', 'next'] as const) {
    app.get(
      `/campaigns/${which}`,
      {
        schema: {
          tags,
          summary: which === 'current' ? '正在进行的宣传活动（town=代码：本镇的优先，其次区里的；没有则 404）' : '下一个即将开始的宣传活动（town=代码；没有则 404）',
          querystring: TownQuery,
          response: { 200: PublicCampaign, 400: ApiError, 404: ApiError }
        }
      },
      async (req) => {
        const campaign = await app.campaigns.publicCampaign(which, (await app.town.get(req.query.town)).code)
        if (!campaign) throw new AppError(404, 'not_found', which === 'current' ? '现在没有正在进行的宣传活动。' : '还没有安排下一次宣传活动。')
        return campaign
      }
    )
  }

  // What home and the village screen show, in one request that is not an error when there is none:
  // a 404 on every page load fills the browser's console and the access log with false alarms.
  app.get(
    '/campaigns/showing',
    {
      schema: {
        tags,
        summary: '首页展示的宣传活动（town=代码）：正在进行的，没有就是下一个，都没有则为 null',
        querystring: TownQuery,
        response: { 200: Type.Object({ campaign: Type.Union([Type.Null(), PublicCampaign]) }), 400: ApiError }
      }
    },
    async (req) => {
      const town = (await app.town.get(req.query.town)).code
      return { campaign: (await app.campaigns.publicCampaign('current', town)) ?? (await app.campaigns.publicCampaign('next', town)) }
    }
  )

  // A town's publishers run their town's campaigns and see the district's (modules/content/towns).
  const publishers = app.requireRoles('publisher')
  app.get(
    '/admin/campaigns',
    { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '全部宣传活动', response: { 200: Type.Object({ items: Type.Array(Record) }) } } },
    async (req) => ({
      items: await app.campaigns.list(req.actor!)
    })
  )
  app.post('/admin/campaigns', { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '新建宣传活动（草稿）', body: Fields, response: { 200: Record, 400: ApiError } } }, async (req) =>
    app.campaigns.create(req.actor!, req.body)
  )
  app.get('/admin/campaigns/:id', { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '宣传活动', params: Id, response: { 200: Record, 404: ApiError } } }, async (req) =>
    app.campaigns.get(req.actor!, req.params.id)
  )
  app.put(
    '/admin/campaigns/:id',
    { onRequest: publishers, config: TOWN_SCOPED, schema: { tags, summary: '修改宣传活动', params: Id, body: Fields, response: { 200: Record, 400: ApiError, 403: ApiError, 404: ApiError } } },
    async (req) => app.campaigns.update(req.actor!, req.params.id, req.body)
  )
  for (const [action, status] of [
    ['publish', 'published'],
    ['withdraw', 'draft']
  ] as const) {
    app.post(
      `/admin/campaigns/:id/${action}`,
      {
        onRequest: publishers,
        config: TOWN_SCOPED,
        schema: { tags, summary: action === 'publish' ? '发布宣传活动' : '撤下宣传活动', params: Id, response: { 200: Record, 403: ApiError, 404: ApiError, 409: ApiError } }
      },
      async (req) => app.campaigns.setStatus(req.actor!, req.params.id, status)
    )
  }
}

export default campaignRoutes
