import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from '@sinclair/typebox'
import multipart from '@fastify/multipart'
import {
  AMOUNT_RANGES,
  CASE_KINDS,
  FEEDBACK_LIMITS,
  FEEDBACK_TOPICS,
  PEOPLE_RANGES,
  SPAM_VIEWS,
  TIP_DISGUISES,
  TIP_LIMITS,
  TIP_STATUSES,
  type SpamView,
  type TipStatusCode
} from '../../../src/core/tips'
import { AppError } from '../../errors'
import { TOWN_SCOPED } from '../../plugins/auth'
import { MAX_PHOTO_BYTES } from '../../modules/tips/service'
import { beijingDays } from '../../../src/core/dates'
import { officeName } from '../../../src/core/town'
import { ApiError, Body, Day, Id, Ok, Search, TownCode, TownQuery } from '../schemas'
import { uploadedFile } from '../upload'

const Receipt = Type.String({ pattern: '^[0-9]{16}$', errorMessage: '回执码是 16 位数字，请核对。' })
const Optional = (label: string, max: number) => Type.Optional(Type.String({ maxLength: max, errorMessage: `${label}最多 ${max} 个字。` }))
const Choice = (label: string, values: readonly string[]) =>
  Type.Optional(
    Type.Union(
      values.map((v) => Type.Literal(v)),
      { errorMessage: `${label}请从给出的选项里选。` }
    )
  )
const PhotoIds = Type.Array(Type.String({ maxLength: 90 }), { maxItems: TIP_LIMITS.photos, uniqueItems: true, errorMessage: `照片最多 ${TIP_LIMITS.photos} 张。` })
const Pow = Type.Object({ challenge: Type.String({ maxLength: 200 }), nonce: Type.String({ maxLength: 20 }) }, { errorMessage: '提交校验缺失，请刷新页面后重新提交。' })

// Writes may name their town in the body as well as in the query (the contract of issue 19); the query wins.
const TownInBody = { town: Type.Optional(TownCode) }

const TipBody = Body({
  ...TownInBody,
  disguise: Type.Union(
    TIP_DISGUISES.map((d) => Type.Literal(d.code)),
    { errorMessage: '请选一个最像的名义（说不清就选“其他或说不清”）。' }
  ),
  organisation: Type.String({ maxLength: TIP_LIMITS.organisation, errorMessage: `机构或个人名称最多 ${TIP_LIMITS.organisation} 个字（不知道可以不填）。` }),
  place: Type.String({ maxLength: TIP_LIMITS.place, errorMessage: `地点最多 ${TIP_LIMITS.place} 个字。` }),
  what: Type.String({ minLength: 1, maxLength: TIP_LIMITS.what, pattern: '\\S', errorMessage: `请写一写发生了什么（最多 ${TIP_LIMITS.what} 个字）。` }),
  amount: Choice('涉及金额', AMOUNT_RANGES),
  people: Choice('涉及人数', PEOPLE_RANGES),
  when: Optional('时间', TIP_LIMITS.when),
  contact: Optional('联系方式', TIP_LIMITS.contact),
  photoIds: PhotoIds,
  pow: Pow
})

const FeedbackBody = Body({
  ...TownInBody,
  topic: Type.Union(
    FEEDBACK_TOPICS.map((t) => Type.Literal(t.code)),
    { errorMessage: '请选一项：关于小程序、关于办事服务，或其他。' }
  ),
  what: Type.String({ minLength: 1, maxLength: FEEDBACK_LIMITS.what, pattern: '\\S', errorMessage: `请写下您的意见或建议（最多 ${FEEDBACK_LIMITS.what} 个字）。` }),
  contact: Optional('联系方式', FEEDBACK_LIMITS.contact),
  pow: Pow
})

const Kind = Type.Union(
  CASE_KINDS.map((k) => Type.Literal(k)),
  { default: 'tip', errorMessage: '类别只能是举报（tip）或投诉建议（feedback）。' }
)

const TipsterView = Type.Object({
  kind: Type.String(),
  status: Type.String(),
  /** Feedback's topic code; a tip tells none of its contents. */
  topic: Type.Optional(Type.String()),
  statusLabel: Type.String(),
  createdAt: Type.String(),
  messages: Type.Array(Type.Object({ from: Type.String(), text: Type.String(), at: Type.String() }))
})

const Status = Type.Union(
  (Object.keys(TIP_STATUSES) as TipStatusCode[]).map((s) => Type.Literal(s)),
  { errorMessage: '没有这个状态。' }
)

/**
 * The anonymous tip box, which also takes 投诉建议 (feedback): the same
 * receipt opens either, and the desk's routes work on either by id; the list
 * shows one kind at a time. The receipt always travels in a body, never in a
 * URL, so no proxy or browser history keeps it. Nothing about the sender
 * (address, agent, device) is read here.
 */
const tipRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['举报']
  const PHOTO_PROOF_MISSING = '照片需要先完成提交校验，请重新选择照片。'
  const perTen = (n: number) => ({ rateLimit: { max: n, timeWindow: '10 minutes' } })
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 1 } })

  app.get(
    '/tips/challenge',
    { schema: { tags, summary: '提交前的校验题（防机器人，不用第三方验证码）', response: { 200: Type.Object({ challenge: Type.String(), bits: Type.Integer() }) } } },
    async () => app.tips.challenge()
  )

  app.post(
    '/tips/photos',
    {
      config: perTen(app.config.TIP_RATE_LIMIT * 3),
      schema: {
        tags,
        summary: '先上传照片（最多 10 MB，去掉位置和设备信息后加密保存）；一条举报的照片可共用一道校验题',
        consumes: ['multipart/form-data'],
        headers: Type.Object(
          { 'x-tip-proof': Type.String({ maxLength: 200, pattern: '^[0-9a-f.]+:[0-9]{1,20}$', errorMessage: PHOTO_PROOF_MISSING }) },
          { errorMessage: { required: { 'x-tip-proof': PHOTO_PROOF_MISSING } } }
        ),
        response: { 201: Type.Object({ id: Type.String() }), 400: ApiError }
      }
    },
    async (req, reply) => {
      // The proof is checked before the body is read: a bot without one costs the server nothing.
      const proof = req.headers['x-tip-proof']
      const at = proof.lastIndexOf(':')
      await app.tips.checkWork({ challenge: proof.slice(0, at), nonce: proof.slice(at + 1) }, 'photo')
      const { chunks } = await uploadedFile(req, '照片', new AppError(400, 'too_large', '照片不能超过 10 MB，请换一张或截图后再传。'))
      return reply.status(201).send({ id: await app.tips.storePhoto(chunks) })
    }
  )

  app.post(
    '/tips',
    {
      config: perTen(app.config.TIP_RATE_LIMIT),
      schema: {
        tags,
        summary: '匿名举报，返回 16 位回执码（town=镇代码，district 为交给区里）',
        querystring: TownQuery,
        body: TipBody,
        response: { 201: Type.Object({ receipt: Type.String() }), 400: ApiError }
      }
    },
    async (req, reply) => {
      const { pow, photoIds, town: named, ...content } = req.body
      const town = await app.town.officeOf(req.query.town ?? named)
      const receipt = await app.tips.submit(
        { kind: 'tip', content: { ...content, organisation: content.organisation.trim(), place: content.place.trim(), what: content.what.trim() }, photoIds, town },
        pow
      )
      return reply.status(201).send({ receipt })
    }
  )

  app.post(
    '/feedback',
    {
      config: perTen(app.config.TIP_RATE_LIMIT),
      schema: {
        tags: ['投诉建议'],
        summary: '匿名投诉建议（关于小程序或办事服务），返回 16 位回执码，凭它查看回复（town=镇代码，district 为交给区里）',
        querystring: TownQuery,
        body: FeedbackBody,
        response: { 201: Type.Object({ receipt: Type.String() }), 400: ApiError }
      }
    },
    async (req, reply) => {
      const { topic, what, contact, pow } = req.body
      const reachable = contact?.trim()
      const town = await app.town.officeOf(req.query.town ?? req.body.town)
      const receipt = await app.tips.submit({ kind: 'feedback', content: { topic, what: what.trim(), ...(reachable ? { contact: reachable } : {}) }, photoIds: [], town }, pow)
      return reply.status(201).send({ receipt })
    }
  )

  app.post(
    '/tips/lookup',
    {
      config: { rateLimit: { max: app.config.TIP_LOOKUP_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: { tags, summary: '凭回执码查看处理情况和回复（举报或投诉建议）', body: Body({ receipt: Receipt }), response: { 200: TipsterView, 404: ApiError } }
    },
    async (req) => app.tips.lookup(req.body.receipt)
  )

  app.post(
    '/tips/messages',
    {
      config: perTen(app.config.TIP_RATE_LIMIT * 2),
      schema: {
        tags,
        summary: '凭回执码补充情况或照片',
        body: Body({
          receipt: Receipt,
          text: Type.String({ minLength: 1, maxLength: TIP_LIMITS.message, pattern: '\\S', errorMessage: `请写下要补充的内容（最多 ${TIP_LIMITS.message} 个字）。` }),
          photoIds: Type.Optional(PhotoIds)
        }),
        response: { 201: Ok, 404: ApiError, 409: ApiError }
      }
    },
    async (req, reply) => {
      await app.tips.addTipsterMessage(req.body.receipt, req.body.text.trim(), req.body.photoIds ?? [])
      return reply.status(201).send({ ok: true })
    }
  )

  // ---- the desk (tip handlers only; the office key must be unlocked in this session)
  const handlers = app.requireRoles('tip_handler')
  /** The keys of the handler's office, opened with this session: a town's handlers hold their town's alone. */
  const officeKey = async (req: FastifyRequest) => {
    const key = req.session ? await app.keys.officeKeys(req.session, req.actor?.town ?? null) : null
    if (!key) throw new AppError(401, 'key_locked', '为保护举报人，线索只在登录时解锁。请退出后重新登录。')
    return key
  }
  // Every desk route works within what the handler's keys cover: a town's handlers see and change their town's cases only.
  const scoped = TOWN_SCOPED
  const deskTags = ['办公室：线索']
  const DeskTip = Type.Object({
    id: Type.String(),
    kind: Type.String(),
    status: Type.String(),
    statusLabel: Type.String(),
    unit: Type.Union([Type.Null(), Type.String()]),
    town: Type.Union([Type.Null(), Type.String()]),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    spam: Type.Boolean(),
    photoCount: Type.Integer(),
    content: Type.Record(Type.String(), Type.String())
  })

  app.get(
    '/admin/tips',
    {
      onRequest: handlers,
      config: scoped,
      schema: {
        tags: deskTags,
        summary: '线索或投诉建议（kind）列表：按收到的日期从新到旧，一页接一页（next 接着上一页往下翻）；名义、村、意见类别和搜索词在解密后查找，每次最多查看 300 条',
        querystring: Type.Object({
          kind: Kind,
          status: Type.Optional(Status),
          spam: Type.Union(
            (Object.keys(SPAM_VIEWS) as SpamView[]).map((v) => Type.Literal(v)),
            { default: 'exclude', errorMessage: '垃圾线索只能选不含、只看或全部。' }
          ),
          photos: Type.Optional(Type.Boolean({ errorMessage: '有无照片要写 true 或 false。' })),
          disguise: Type.Optional(Type.String({ maxLength: 40 })),
          village: Type.Optional(Type.String({ maxLength: TIP_LIMITS.place })),
          topic: Type.Optional(Type.String({ maxLength: 40 })),
          town: Type.Optional(TownCode),
          q: Search,
          from: Type.Optional(Day('开始日期')),
          to: Type.Optional(Day('结束日期')),
          after: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', errorMessage: '翻页位置不对，请回到第一页重新查看。' })),
          limit: Type.Integer({ minimum: 1, maximum: 100, default: 30, errorMessage: '每页条数要是 1 到 100 之间的整数。' })
        }),
        response: { 200: Type.Object({ items: Type.Array(DeskTip), next: Type.Union([Type.Null(), Type.String()]), scanned: Type.Integer() }), 400: ApiError }
      }
    },
    async (req) => {
      const { from, to, town, ...rest } = req.query
      const { start, end } = beijingDays(from, to)
      return app.tips.list(await officeKey(req), { ...rest, ...(town ? { town: await app.town.officeOf(town) } : {}), from: start, to: end })
    }
  )

  app.post(
    '/admin/tips/spam',
    {
      onRequest: handlers,
      config: scoped,
      schema: {
        tags: deskTags,
        summary: '批量标为垃圾线索（只限新线索；不删除，默认列表不再显示），或取消标记；每条都记入操作日志',
        body: Body({
          ids: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 100, uniqueItems: true, errorMessage: '一次选 1 到 100 条线索，不能重复。' }),
          spam: Type.Boolean({ errorMessage: '要说明是标为垃圾（true）还是取消标记（false）。' })
        }),
        response: { 200: Type.Object({ changed: Type.Integer() }), 400: ApiError, 404: ApiError, 409: ApiError }
      }
    },
    async (req) => ({ changed: await app.tips.markSpam(req.actor!, await officeKey(req), req.body.ids, req.body.spam) })
  )

  app.get(
    '/admin/tips/:id',
    {
      onRequest: handlers,
      config: scoped,
      schema: {
        tags: deskTags,
        summary: '线索详情：内容、照片、往来消息和内部备注',
        params: Id,
        response: {
          200: Type.Object({
            ...DeskTip.properties,
            messages: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), text: Type.String(), at: Type.String(), author: Type.Union([Type.Null(), Type.String()]) })),
            photoIds: Type.Array(Type.String())
          }),
          404: ApiError
        }
      }
    },
    async (req) => {
      const detail = await app.tips.get(await officeKey(req), req.params.id)
      await app.tips.viewed(req.actor!, detail.kind, req.params.id)
      return detail
    }
  )

  app.get('/admin/tips/photos/:id', { onRequest: handlers, config: scoped, schema: { tags: deskTags, summary: '线索照片（解密后）', params: Id } }, async (req, reply) =>
    reply
      .type('image/jpeg')
      .header('cache-control', 'no-store')
      .send(await app.tips.photo(await officeKey(req), req.params.id))
  )

  for (const [kind, summary] of [
    ['office', '回复举报人（举报人能看到）'],
    ['note', '内部备注（举报人看不到）']
  ] as const) {
    app.post(
      `/admin/tips/:id/${kind === 'office' ? 'replies' : 'notes'}`,
      {
        onRequest: handlers,
        config: scoped,
        schema: {
          tags: deskTags,
          summary,
          params: Id,
          body: Body({ text: Type.String({ minLength: 1, maxLength: TIP_LIMITS.message, pattern: '\\S', errorMessage: `请填写内容（最多 ${TIP_LIMITS.message} 个字）。` }) }),
          response: { 200: Ok, 404: ApiError, 409: ApiError }
        }
      },
      async (req) => {
        await app.tips.message(req.actor!, await officeKey(req), req.params.id, kind, req.body.text.trim())
        return { ok: true }
      }
    )
  }

  app.post(
    '/admin/tips/:id/status',
    {
      onRequest: handlers,
      config: scoped,
      schema: {
        tags: deskTags,
        summary: '改变状态：新线索 → 核实中 → 已移交（选成员单位）→ 已办结，或不予受理（写理由）',
        params: Id,
        body: Body({ status: Status, unit: Type.Optional(Type.String({ maxLength: 30 })), reason: Type.Optional(Type.String({ maxLength: 500, errorMessage: '理由最多 500 个字。' })) }),
        response: { 200: Ok, 400: ApiError, 404: ApiError, 409: ApiError }
      }
    },
    async (req) => {
      // The district's own cases go to the member units the plan names, as the first town's do.
      const unitsOf = async (town: string | null) => (await app.town.get(town ?? undefined)).units
      await app.tips.setStatus(req.actor!, await officeKey(req), req.params.id, req.body.status, req.body, unitsOf)
      return { ok: true }
    }
  )

  app.post(
    '/admin/tips/:id/transfer',
    {
      onRequest: handlers,
      config: scoped,
      schema: {
        tags: deskTags,
        summary: '转给另一个镇（街道）或区里（town=district）：重新加密给对方，本镇不再能打开；记入操作日志',
        params: Id,
        body: Body({ town: TownCode }),
        response: { 200: Ok, 400: ApiError, 404: ApiError, 409: ApiError }
      }
    },
    async (req) => {
      await app.tips.transfer(req.actor!, await officeKey(req), req.params.id, await app.town.officeOf(req.body.town))
      return { ok: true }
    }
  )

  app.post(
    '/admin/tips/reseal',
    {
      onRequest: handlers,
      schema: {
        tags: deskTags,
        summary: '把某镇（街道）在分镇之前收到的线索交给该镇办理：重新加密给该镇，让它自己的处理员能打开（区里的账号）',
        body: Body({ town: TownCode }),
        response: { 200: Type.Object({ cases: Type.Integer() }), 400: ApiError, 403: ApiError }
      }
    },
    async (req) => {
      const town = await app.town.officeOf(req.body.town)
      if (town === null) throw new AppError(400, 'not_a_town', '请选一个镇（街道）：区里的线索本来就由区里办理。')
      return { cases: await app.tips.sealOldCasesToTown(req.actor!, await officeKey(req), town) }
    }
  )

  // The dashboard's counts: tip handlers and admins (no tip is opened for them), a town's accounts for their own town.
  const counters = app.requireRoles('tip_handler', 'admin')
  const CountsQuery = Type.Object({ from: Day('开始日期'), to: Day('结束日期'), ...TownQuery.properties })
  const countsFor = async (req: { actor?: FastifyRequest['actor']; query: { from: string; to: string; town?: string } }) => {
    const { start, end } = beijingDays(req.query.from, req.query.to)
    return app.tips.counts(req.actor!, { start: start!, end: end! }, req.query.town === undefined ? undefined : await app.town.officeOf(req.query.town))
  }
  const Counts = Type.Object({
    days: Type.Array(Type.Object({ day: Type.String(), tips: Type.Integer(), feedback: Type.Integer() })),
    byTown: Type.Array(Type.Object({ town: Type.Union([Type.Null(), Type.String()]), tips: Type.Integer(), feedback: Type.Integer(), closed: Type.Integer() }))
  })
  app.get(
    '/admin/tips/counts',
    {
      onRequest: counters,
      config: scoped,
      schema: {
        tags: deskTags,
        summary: '线索和投诉建议的数量：按天、按交给的镇（街道）或区里（不含垃圾线索；只数不看内容；town=代码 或 district 只看一处，镇、街道的账号只看本镇）',
        querystring: CountsQuery,
        response: { 200: Counts, 400: ApiError }
      }
    },
    async (req) => countsFor(req)
  )
  app.get('/admin/tips/counts.csv', { onRequest: counters, config: scoped, schema: { tags: deskTags, summary: '线索和投诉建议的数量导出为 CSV', querystring: CountsQuery } }, async (req, reply) => {
    const counts = await countsFor(req)
    const towns = await app.town.list()
    const q = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`
    const lines = [
      ['日期', '举报线索', '投诉建议'].map(q).join(','),
      ...counts.days.map((d) => [d.day, d.tips, d.feedback].map(q).join(',')),
      '',
      ['交给', '举报线索', '投诉建议', '已办结'].map(q).join(','),
      ...counts.byTown.map((t) => [officeName(towns, t.town), t.tips, t.feedback, t.closed].map(q).join(','))
    ]
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="tips-${req.query.from}-${req.query.to}.csv"`)
      .send(`\ufeff${lines.join('\r\n')}\r\n`)
  })

  const admins = app.requireRoles('admin')
  app.get('/admin/tips-retention', { onRequest: admins, schema: { tags: deskTags, summary: '已办结线索保留天数', response: { 200: Type.Object({ days: Type.Integer() }) } } }, async () => ({
    days: await app.tips.retentionDays()
  }))
  app.put(
    '/admin/tips-retention',
    {
      onRequest: admins,
      schema: {
        tags: deskTags,
        summary: '设置已办结线索保留天数（到期连同照片删除）',
        body: Body({ days: Type.Integer({ minimum: 30, maximum: 3650, errorMessage: '保留天数要在 30 到 3650 天之间。' }) }),
        response: { 200: Ok }
      }
    },
    async (req) => {
      await app.tips.setRetentionDays(req.actor!, req.body.days)
      return { ok: true }
    }
  )
}

export default tipRoutes
