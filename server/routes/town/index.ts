import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { CITY_LINE } from '../../../src/core/hotlines'
import { parseSchedule, ScheduleError } from '../../../src/core/office-hours'
import { AppError } from '../../errors'
import { DISTRICT } from '../../../src/core/town'
import { TOWN_SCOPED } from '../../plugins/auth'
import { ApiError, Body, Text, TownCode, TownQuery } from '../schemas'

const Names = (label: string, max: number) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { maxItems: max, uniqueItems: true, errorMessage: `${label}每项 1 到 30 个字，最多 ${max} 项，不能重复。` })

// The profile only: a town's code comes from /api/towns, so what is read here can be sent back to PUT as it is.
const Town = Type.Object({
  name: Type.String(),
  hotlinePhone: Type.String(),
  hotlineHours: Type.String(),
  hotlineAddress: Type.String(),
  villages: Type.Array(Type.String()),
  units: Type.Array(Type.String())
})

const TownEntry = Type.Object({ code: Type.String(), name: Type.String() })

/** The district's towns and each town's profile: read by every page, edited by admins. */
const townRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/towns', { schema: { tags: ['镇情'], summary: '本区的镇（街道），第一个是默认的镇', response: { 200: Type.Object({ items: Type.Array(TownEntry) }) } } }, async () => ({
    items: await app.town.list()
  }))

  app.get(
    '/town',
    { schema: { tags: ['镇情'], summary: '镇名、热线、村（社区）和领导小组成员单位（town=代码，不带则为默认的镇）', querystring: TownQuery, response: { 200: Town, 400: ApiError } } },
    async (req) => app.town.get(req.query.town)
  )

  app.post(
    '/admin/towns',
    {
      onRequest: app.requireRoles('admin'),
      schema: {
        tags: ['镇情'],
        summary: '新建一个镇（街道）：热线、村（社区）由它自己的管理员填写',
        body: Body({ code: TownCode, name: Text('镇（街道）名称', 2, 30) }),
        response: { 201: TownEntry, 400: ApiError, 409: ApiError }
      }
    },
    async (req, reply) => {
      if (req.body.code === DISTRICT) throw new AppError(400, 'reserved_code', 'district 是区里的代码，请给镇（街道）另起一个。')
      reply.code(201)
      return app.town.create(req.actor!, req.body)
    }
  )

  const TABLES = { article: 'articles', case: 'case_lessons', campaign: 'campaigns', exposure: 'exposures' } as const
  app.post(
    '/admin/town/hidden',
    {
      onRequest: app.requireRoles('publisher'),
      // Only a town's own accounts: the district withdraws its items instead (400 town_only).
      config: TOWN_SCOPED,
      schema: {
        tags: ['镇情'],
        summary: '本镇（街道）不显示区里的某条内容，或恢复显示（只有镇、街道的发布员能用）',
        body: Body({
          kind: Type.Union([Type.Literal('article'), Type.Literal('case'), Type.Literal('campaign'), Type.Literal('exposure')], { errorMessage: '内容类别不对。' }),
          id: Type.String({ maxLength: 64, errorMessage: '内容编号不对。' }),
          hidden: Type.Boolean({ errorMessage: 'hidden 只能是 true 或 false。' })
        }),
        response: { 200: Type.Object({ ok: Type.Boolean() }), 400: ApiError, 404: ApiError, 409: ApiError }
      }
    },
    async (req) => {
      await app.town.hide(req.actor!, TABLES[req.body.kind], req.body.id, req.body.hidden)
      return { ok: true }
    }
  )

  app.put(
    '/admin/town',
    {
      onRequest: app.requireRoles('admin'),
      // A town's admins edit their own town's profile; the district's, any town's.
      config: TOWN_SCOPED,
      schema: {
        tags: ['镇情'],
        summary: '修改镇情资料（town=代码，不带则为默认的镇）',
        querystring: TownQuery,
        body: Body({
          name: Text('镇名', 1, 30),
          hotlinePhone: Type.String({ pattern: '^([0-9+\\- ]{3,30})?$', errorMessage: '咨询电话只能有数字、空格、+ 和 -（3 到 30 位）；还没有就空着。' }),
          // Facts only the office can set: empty until it does.
          hotlineHours: Text('办公时间', 0, 200),
          hotlineAddress: Text('地址', 0, 100),
          villages: Names('村（社区）', 200),
          units: Names('成员单位', 50)
        }),
        response: { 200: Town, 400: ApiError, 403: ApiError, 409: ApiError }
      }
    },
    async (req) => {
      try {
        if (req.body.hotlineHours.trim()) parseSchedule(req.body.hotlineHours)
      } catch (err) {
        if (err instanceof ScheduleError) throw new AppError(400, 'invalid_hours', `办公时间格式不对：${err.message}。示例：1-5 08:30-12:00,13:30-17:30`)
        throw err
      }
      if (req.body.hotlinePhone.trim() === CITY_LINE.phone) throw new AppError(400, 'city_line', '12345 是天津市政务服务便民热线，不是镇里的电话。镇里还没有自己的咨询电话，就先空着。')
      const own = req.actor!.town
      if (own && req.query.town !== undefined && req.query.town !== own) throw new AppError(403, 'other_town', '只能修改本镇（街道）的资料。')
      return app.town.update(req.actor!, own ?? req.query.town, req.body)
    }
  )
}

export default townRoutes
