import { Type, type TSchema } from '@sinclair/typebox'
import { CASE_KINDS } from '../../src/core/case-kind'
import { CATEGORY_CODES } from '../../src/core/categories'
import { RED_FLAGS } from '../../src/core/red-flags'
import { ROLE_CODES } from '../../src/core/roles'
import { TOWN_CODE_PATTERN } from '../../src/core/town'

/** Pieces of request and response schemas, each with the Chinese message a resident or officer reads. */

export const ApiError = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) })

/** A trimmed-by-the-client text of bounded length; the label names the field in the message. */
export const Text = (label: string, min: number, max: number) =>
  Type.String({ minLength: min, maxLength: max, errorMessage: min > 0 ? `${label}要填写，最多 ${max} 个字。` : `${label}最多 ${max} 个字。` })

export const Day = (label: string) => Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', errorMessage: `请选好${label}（日期写成 2026-06-15 这样）。` })

export const Category = Type.Union(
  CATEGORY_CODES.map((c) => Type.Literal(c)),
  { errorMessage: '没有这个分类。' }
)

export const RedFlagCodes = Type.Array(Type.Union(RED_FLAGS.map((f) => Type.Literal(f.code))), { maxItems: RED_FLAGS.length, uniqueItems: true, errorMessage: '红旗代码不对或有重复。' })

export const CaseKind = Type.Union(
  CASE_KINDS.map((k) => Type.Literal(k)),
  { errorMessage: '案例类型只能是“真实案例”或“情景案例”。' }
)

export const Roles = Type.Array(Type.Union(ROLE_CODES.map((r) => Type.Literal(r))), { minItems: 1, uniqueItems: true, errorMessage: '至少选一个角色，且只能从编辑、发布员、线索处理员、管理员中选。' })

/** No control characters: PostgreSQL refuses a NUL in text, and no id or search has one. */
export const NO_CONTROL = '^[^\\u0000-\\u001f]*$'

export const Id = Type.Object({ id: Type.String({ maxLength: 64, pattern: NO_CONTROL, errorMessage: '编号不对。' }) })

export const Paging = {
  page: Type.Integer({ minimum: 1, maximum: 10000, default: 1, errorMessage: '页码要是 1 到 10000 之间的整数。' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 10, errorMessage: '每页条数要是 1 到 50 之间的整数。' })
}

export const Search = Type.Optional(Type.String({ maxLength: 100, pattern: NO_CONTROL, errorMessage: { maxLength: '搜索词最多 100 个字。', pattern: '搜索词里有无法识别的字符。' } }))

/** A JSON body object that refuses unknown fields, so a typo in a field name is an error, not silent loss. */
export const Body = <T extends Record<string, TSchema>>(props: T) =>
  Type.Object(props, { additionalProperties: false, errorMessage: { additionalProperties: '提交的内容里有不认识的字段。', required: '有必填的内容没有填写。' } })

export const Ok = Type.Object({ ok: Type.Boolean() })

export const TownCode = Type.String({ pattern: TOWN_CODE_PATTERN, errorMessage: '镇（街道）代码只能用小写字母、数字和减号（1 到 32 位），例如 xinkou。' })
/** The town a resident request names (`?town=xinkou`); without it, the deployment's default town. */
export const TownQuery = Type.Object({ town: Type.Optional(TownCode) })

// The desk's workflow (articles, case lessons, quiz items): the same words and shapes everywhere.
export const ContentStatus = Type.Union([Type.Literal('draft'), Type.Literal('review'), Type.Literal('published'), Type.Literal('withdrawn')], {
  errorMessage: '状态只能是草稿、待审核、已发布或已撤下。'
})

/** What every desk item's editor loads; a desk adds its own extras. */
export const DeskRecord = {
  id: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  revision: Type.Integer(),
  updatedAt: Type.String(),
  // The item's own fields, as in the request body of a save.
  fields: Type.Record(Type.String(), Type.Unknown()),
  revisions: Type.Array(Type.Object({ revision: Type.Integer(), createdAt: Type.String(), createdBy: Type.String() }))
}

/** `?revision=`: the revision the editor started from, so a save over someone else's change is refused. */
export const RevisionQuery = Type.Object({ revision: Type.Optional(Type.Integer({ minimum: 1, errorMessage: '版本号不对。' })) })
export const RestoreBody = Body({ revision: Type.Integer({ minimum: 1, errorMessage: '请选择要恢复的版本。' }) })
export const RejectBody = Body({ reason: Text('退回理由', 1, 200) })
/** What a publish carries: the revision the publisher reviewed, which is the one that goes live (or a 409 if the text changed since). */
export const PublishFields = { revision: Type.Integer({ minimum: 1, errorMessage: '发布时要带上审阅的版本号，请刷新后再发布。' }) }

/**
 * A route's own limit per address per minute that lets requests through when
 * the shared store (Redis) is out of reach: reading, checking and the quiz harm
 * no one if briefly unlimited. Tips and sign-in keep the default and are
 * refused then (server/shared.ts).
 */
export const openLimit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute', skipOnError: true } })
