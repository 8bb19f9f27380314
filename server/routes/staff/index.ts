import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { listAudit } from '../../modules/audit/service'
import { beijingDays } from '../../../src/core/dates'
import { TOWN_SCOPED } from '../../plugins/auth'
import { ApiError, Body, Day, Id, Ok, Paging, Roles, Text, TownCode } from '../schemas'

const StaffOut = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  /** The town whose office the account belongs to; null for the district's. */
  town: Type.Union([Type.Null(), Type.String()])
})
/** An account's office in a request: a town's code, or `district`. */
const OfficeField = Type.Optional(TownCode)
// Every route here scopes itself to the caller's town (accounts, the audit log) or concerns the caller alone.
const scoped = TOWN_SCOPED
const Username = Type.String({ pattern: '^[a-z][a-z0-9_]{2,31}$', errorMessage: '用户名用 3 到 32 位小写字母、数字或下划线，以字母开头。' })
const Password = Type.String({ minLength: 1, maxLength: 200, errorMessage: '请输入密码（最多 200 位）。' })

/** Staff accounts: sign-in and out, one's own password, account management and the audit log (admins). */
const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['办公室：账号']

  app.post(
    '/admin/login',
    {
      // Requests from one address are limited here too, on top of the service's count of failures.
      config: { rateLimit: { max: app.config.LOGIN_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '工作人员登录',
        body: Body({ username: Type.String({ minLength: 1, maxLength: 64, errorMessage: '请输入用户名。' }), password: Password }),
        response: {
          200: Type.Object({ token: Type.String(), roles: Type.Array(Type.String()), username: Type.String(), displayName: Type.String(), town: Type.Union([Type.Null(), Type.String()]) }),
          401: ApiError,
          429: ApiError
        }
      }
    },
    async (req) => {
      const { token, staff } = await app.staff.login(req.body.username, req.body.password, req.ip)
      return { token, roles: staff.roles, username: staff.username, displayName: staff.displayName, town: staff.town }
    }
  )

  app.post('/admin/logout', { onRequest: app.requireRoles(), config: scoped, schema: { tags, summary: '退出登录', response: { 200: Ok } } }, async (req) => {
    await app.staff.logout(req.session!.id, req.staff!)
    return { ok: true }
  })

  app.get('/admin/me', { onRequest: app.requireRoles(), config: scoped, schema: { tags, summary: '当前登录的工作人员', response: { 200: StaffOut } } }, async (req) => req.staff!)

  app.post(
    '/admin/password',
    {
      onRequest: app.requireRoles(),
      config: scoped,
      schema: { tags, summary: '修改自己的密码（所有登录会话随之失效）', body: Body({ current: Password, next: Password }), response: { 200: Ok, 400: ApiError } }
    },
    async (req) => {
      await app.staff.changePassword(req.staff!, req.body.current, req.body.next)
      return { ok: true }
    }
  )

  const admin = app.requireRoles('admin')
  const UserOut = Type.Object({
    ...StaffOut.properties,
    disabled: Type.Boolean(),
    createdAt: Type.String()
  })

  app.get(
    '/admin/users',
    { onRequest: admin, config: scoped, schema: { tags, summary: '账号列表（镇街管理员只看到本镇街的）', response: { 200: Type.Object({ items: Type.Array(UserOut) }) } } },
    async (req) => ({ items: await app.staff.listUsers(req.actor!) })
  )

  app.post(
    '/admin/users',
    {
      onRequest: admin,
      config: scoped,
      schema: {
        tags,
        summary: '新建账号（town：所属镇街代码，district 为区里；不填则与建账号的人相同）',
        body: Body({ username: Username, displayName: Text('姓名', 1, 30), roles: Roles, password: Password, town: OfficeField }),
        response: { 200: UserOut, 400: ApiError, 403: ApiError, 409: ApiError }
      }
    },
    async (req) => {
      const { town, ...account } = req.body
      return app.staff.createUser(req.actor!, req.session!, { ...account, town: town === undefined ? (req.actor!.town ?? null) : await app.town.officeOf(town) })
    }
  )

  app.patch(
    '/admin/users/:id',
    {
      onRequest: admin,
      config: scoped,
      schema: {
        tags,
        summary: '修改账号的姓名、角色、所属镇街（区里的管理员）或停用',
        params: Id,
        body: Body({
          displayName: Type.Optional(Text('姓名', 1, 30)),
          roles: Type.Optional(Roles),
          disabled: Type.Optional(Type.Boolean({ errorMessage: 'disabled 只能是 true 或 false。' })),
          town: OfficeField
        }),
        response: { 200: Ok, 400: ApiError, 403: ApiError, 404: ApiError }
      }
    },
    async (req) => {
      const { town, ...change } = req.body
      await app.staff.updateUser(req.actor!, req.session!, req.params.id, { ...change, ...(town === undefined ? {} : { town: await app.town.officeOf(town) }) })
      return { ok: true }
    }
  )

  app.post(
    '/admin/users/:id/password',
    { onRequest: admin, config: scoped, schema: { tags, summary: '重设某账号的密码', params: Id, body: Body({ password: Password }), response: { 200: Ok, 400: ApiError, 404: ApiError } } },
    async (req) => {
      await app.staff.resetPassword(req.actor!, req.session!, req.params.id, req.body.password)
      return { ok: true }
    }
  )

  app.get(
    '/admin/audit',
    {
      onRequest: admin,
      config: scoped,
      schema: {
        tags,
        summary: '操作记录（谁、做了什么、什么时候；镇街管理员只看到本镇街的人做的）',
        querystring: Type.Object({
          actor: Type.Optional(Type.String({ maxLength: 64 })),
          action: Type.Optional(Type.String({ maxLength: 40 })),
          from: Type.Optional(Day('开始日期')),
          to: Type.Optional(Day('结束日期')),
          ...Paging
        }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                at: Type.String(),
                actor: Type.String(),
                action: Type.String(),
                targetType: Type.Union([Type.Null(), Type.String()]),
                targetId: Type.Union([Type.Null(), Type.String()]),
                detail: Type.Record(Type.String(), Type.Unknown())
              })
            ),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer()
          })
        }
      }
    },
    async (req) => {
      const { from, to, ...rest } = req.query
      const { start, end } = beijingDays(from, to)
      return listAudit(app.db, { ...rest, from: start, to: end, ...(req.actor!.town ? { town: req.actor!.town } : {}) })
    }
  )
}

export default staffRoutes
