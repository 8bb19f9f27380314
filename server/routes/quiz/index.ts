import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type Static } from '@sinclair/typebox'
import { PERSONAS, QUESTIONS_PER_ROUND } from '../../../src/core/quiz'
import type { RoundResult } from '../../../src/core/quiz-item'
import { AppError } from '../../errors'
import { TOWN_SCOPED } from '../../plugins/auth'
import { ApiError, Body, Day, openLimit, TownQuery } from '../schemas'
import bankRoutes from './bank'

const Persona = Type.Union(
  PERSONAS.map((p) => Type.Literal(p.code)),
  { errorMessage: '身份只能选老年人、务农、上班族或学生。' }
)

/** One question's result: in a round's result, or on its own when checked during a round drawn with feedback. */
const QuestionResultSchema = Type.Object({
  questionId: Type.String(),
  correct: Type.Boolean(),
  points: Type.Integer(),
  correctOptionIds: Type.Array(Type.String()),
  explanation: Type.String(),
  redFlags: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
  advert: Type.Optional(Type.String()),
  articleId: Type.Optional(Type.String())
})

/** A round's result as sent: the schema serialises it and strips anything else. */
const RoundResultSchema = Type.Object({
  score: Type.Integer(),
  total: Type.Integer(),
  results: Type.Array(QuestionResultSchema)
})

const OptionIds = Type.Array(Type.String({ maxLength: 4 }), { maxItems: 6, uniqueItems: true })

/**
 * Fails to compile unless the schema names the same fields as the phone's
 * `RoundResult` (the handler's return type already has to fit the schema):
 * a field added to the type and not here would be silently dropped.
 */
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false
type Sent = Static<typeof RoundResultSchema>
const schemaNamesEveryField: [SameKeys<Sent, RoundResult>, SameKeys<Sent['results'][number], RoundResult['results'][number]>] = [true, true]
void schemaNamesEveryField

/** The advert quiz: rounds drawn and scored on the server, the campaign board, and the office's figures. */
const quizRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['答题']
  app.post(
    '/quiz/rounds',
    {
      config: openLimit(app.config.QUIZ_RATE_LIMIT),
      schema: {
        tags,
        summary: '开始一轮：5 道题，不含答案（村名按 town 的镇情资料核对）',
        querystring: TownQuery,
        body: Body({
          persona: Type.Optional(Persona),
          village: Type.Optional(Type.String({ maxLength: 30, pattern: '^[^\\u0000-\\u001f\\u007f]*$', errorMessage: '村（社区）名最多 30 个字，不能有控制字符。' })),
          player: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$', errorMessage: '设备标识不对。' }))
        }),
        response: {
          200: Type.Object({
            roundId: Type.String(),
            expiresAt: Type.String(),
            seconds: Type.Integer(),
            /** The campaign tells residents after each question whether they were right (POST …/check). */
            feedback: Type.Boolean(),
            questions: Type.Array(
              Type.Object({
                id: Type.String(),
                kind: Type.String(),
                prompt: Type.String(),
                advert: Type.Object({ text: Type.Optional(Type.String()), source: Type.Optional(Type.String()) }),
                options: Type.Array(Type.Object({ id: Type.String(), text: Type.String() }))
              })
            )
          })
        }
      }
    },
    async (req) => {
      const village = req.body.village?.trim() || '未填'
      // Once the office has listed the villages, the board shows only those: a typed name cannot add a row to it.
      const { code, villages } = await app.town.get(req.query.town)
      if (village !== '未填' && villages.length > 0 && !villages.includes(village)) throw new AppError(400, 'unknown_village', '请从列表里选您所在的村（社区）。')
      return app.quiz.draw({ persona: req.body.persona ?? 'worker', village, player: req.body.player, town: code })
    }
  )

  app.post(
    '/quiz/rounds/:roundId/answers',
    {
      schema: {
        tags,
        summary: '交卷：得分、每题对错、正确答案、解析和红旗（每轮只能交一次，超时 410）',
        params: Type.Object({ roundId: Type.String({ maxLength: 64 }) }),
        body: Body({
          answers: Type.Array(Type.Object({ questionId: Type.String({ maxLength: 64 }), optionIds: OptionIds }, { additionalProperties: false }), {
            minItems: 1,
            maxItems: 10,
            errorMessage: '答案的格式不对。'
          })
        }),
        response: {
          200: RoundResultSchema,
          400: ApiError,
          404: ApiError,
          409: ApiError,
          410: ApiError
        }
      }
    },
    async (req) => app.quiz.submit(req.params.roundId, req.body.answers)
  )

  app.post(
    '/quiz/rounds/:roundId/questions/:questionId/check',
    {
      // Up to one check per question of every round the draw's limit lets an address start.
      config: openLimit(app.config.QUIZ_RATE_LIMIT * QUESTIONS_PER_ROUND),
      schema: {
        tags,
        summary: '每题答完就对答案（活动开启时）：这道题对不对、正确答案和解析；答案一经核对就锁定，交卷按它计分',
        params: Type.Object({ roundId: Type.String({ maxLength: 64 }), questionId: Type.String({ maxLength: 64 }) }),
        body: Body({ optionIds: Type.Array(Type.String({ maxLength: 4 }), { minItems: 1, maxItems: 6, uniqueItems: true, errorMessage: '请先选一个答案，再对答案。' }) }),
        response: {
          200: QuestionResultSchema,
          400: ApiError,
          404: ApiError,
          409: ApiError,
          410: ApiError
        }
      }
    },
    async (req) => app.quiz.check(req.params.roundId, req.params.questionId, req.body.optionIds)
  )

  app.get(
    '/quiz/board',
    {
      schema: {
        tags,
        summary: '本次宣传月全镇和镇情资料里各村的参与人数、平均分（每人每天前 3 轮有效，取最好成绩）；没有录入村名单时只有全镇；村名单取自 town 的镇情资料',
        querystring: TownQuery,
        response: {
          200: Type.Object({
            campaignId: Type.String(),
            total: Type.Object({ participants: Type.Integer(), averageScore: Type.Number() }),
            villages: Type.Array(Type.Object({ village: Type.String(), participants: Type.Integer(), averageScore: Type.Number() }))
          }),
          400: ApiError,
          404: ApiError
        }
      }
    },
    async (req) => app.quiz.currentBoard(await app.town.get(req.query.town))
  )

  const office = app.requireRoles('publisher', 'admin')
  const Range = Type.Object({
    from: Day('开始日期'),
    to: Day('结束日期'),
    ...TownQuery.properties,
    village: Type.Optional(Type.String({ maxLength: 30, errorMessage: '村（社区）名最多 30 个字。' })),
    persona: Type.Optional(Persona)
  })
  /**
   * Whose figures: a town's account sees its own town's; the district's sees
   * the town named, the whole district for town=district (by town, not by
   * village), or the default town when none is named, as before towns.
   */
  const statsFor = async (req: { actor?: { town?: string | null } | null; query: Static<typeof Range> }) => {
    const { town, ...range } = req.query
    if (req.actor?.town) return app.quiz.stats({ ...range, town: req.actor.town })
    const whose = await app.town.officeOf(town)
    return app.quiz.stats({ ...range, town: whose ?? '' })
  }
  app.get(
    '/admin/quiz/stats',
    {
      onRequest: office,
      config: TOWN_SCOPED,
      schema: { tags, summary: '答题统计：按天、按题、按红旗漏看率、按村和身份（town=代码，town=district 为全区按镇；镇、街道的账号只看本镇）', querystring: Range }
    },
    async (req) => statsFor(req)
  )

  app.get('/admin/quiz/stats.csv', { onRequest: office, config: TOWN_SCOPED, schema: { tags, summary: '答题统计导出为 CSV（Excel 可直接打开）', querystring: Range } }, async (req, reply) => {
    const s = await statsFor(req)
    const names = new Map((await app.town.list()).map((t) => [t.code, t.name]))
    // A leading = + - @ would make a spreadsheet run the cell as a formula; village names are typed by residents.
    const q = (v: string | number) =>
      `"${String(v)
        .replace(/^[=+\-@\t\r]/, "'$&")
        .replace(/"/g, '""')}"`
    // As the page shows them: a share as a percentage, a group of residents by its name.
    const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`
    const persona = (code: string) => PERSONAS.find((p) => p.code === code)?.label ?? code
    const lines = [
      ['日期', '轮数', '新参与人数', '平均分'].map(q).join(','),
      ...s.days.map((d) => [d.day, d.rounds, d.newParticipants, d.averageScore].map(q).join(',')),
      '',
      ['危险信号', '出现次数', '漏看率'].map(q).join(','),
      ...s.flags.map((f) => [f.label, f.shown, percent(f.missRate)].map(q).join(',')),
      '',
      ['题目', '作答次数', '正确率'].map(q).join(','),
      ...s.items.map((i) => [i.prompt || i.itemId, i.shown, percent(i.correctRate)].map(q).join(',')),
      '',
      ['村（社区）', '轮数', '平均分'].map(q).join(','),
      ...s.byVillage.map((v) => [v.name, v.rounds, v.averageScore].map(q).join(',')),
      '',
      ['身份', '轮数', '平均分'].map(q).join(','),
      ...s.byPersona.map((v) => [persona(v.name), v.rounds, v.averageScore].map(q).join(',')),
      ...(s.byTown.length > 0 ? ['', ['镇（街道）', '轮数', '平均分'].map(q).join(','), ...s.byTown.map((v) => [names.get(v.name) ?? v.name, v.rounds, v.averageScore].map(q).join(','))] : [])
    ]
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="quiz-${req.query.from}-${req.query.to}.csv"`)
      .send(`\ufeff${lines.join('\r\n')}\r\n`)
  })

  // The question bank has its own file: the office's desk, apart from the residents' rounds.
  await app.register(bankRoutes)
}

export default quizRoutes
