import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import multipart from '@fastify/multipart'
import { PERSONAS } from '../../../src/core/quiz'
import { AppError } from '../../errors'
import { readQuizSheet } from '../../modules/quiz/import'
import { actorOf } from '../../modules/staff/service'
import { ApiError, Body, Day, Id, Ok } from '../schemas'

const Persona = Type.Union(
  PERSONAS.map((p) => Type.Literal(p.code)),
  { errorMessage: '身份只能选老年人、务农、上班族或学生。' }
)

/** The advert quiz: rounds drawn and scored on the server, the campaign board, and the office's figures. */
const quizRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['答题']
  app.post(
    '/quiz/rounds',
    {
      config: { rateLimit: { max: app.config.QUIZ_RATE_LIMIT, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: '开始一轮：5 道题，不含答案',
        body: Body({
          persona: Type.Optional(Persona),
          village: Type.Optional(Type.String({ maxLength: 30, errorMessage: '村（社区）名最多 30 个字。' })),
          player: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$', errorMessage: '设备标识不对。' }))
        }),
        response: {
          200: Type.Object({
            roundId: Type.String(),
            expiresAt: Type.String(),
            seconds: Type.Integer(),
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
      const { villages } = await app.town.get()
      if (village !== '未填' && villages.length > 0 && !villages.includes(village)) throw new AppError(400, 'unknown_village', '请从列表里选您所在的村（社区）。')
      return app.quiz.draw({ persona: req.body.persona ?? 'worker', village, player: req.body.player })
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
          answers: Type.Array(
            Type.Object({ questionId: Type.String({ maxLength: 64 }), optionIds: Type.Array(Type.String({ maxLength: 4 }), { maxItems: 6, uniqueItems: true }) }, { additionalProperties: false }),
            { minItems: 1, maxItems: 10, errorMessage: '答案的格式不对。' }
          )
        }),
        response: {
          200: Type.Object({
            score: Type.Integer(),
            total: Type.Integer(),
            results: Type.Array(
              Type.Object({
                questionId: Type.String(),
                correct: Type.Boolean(),
                points: Type.Integer(),
                correctOptionIds: Type.Array(Type.String()),
                explanation: Type.String(),
                redFlags: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
                advert: Type.Optional(Type.String()),
                articleId: Type.Optional(Type.String())
              })
            )
          }),
          400: ApiError,
          404: ApiError,
          409: ApiError,
          410: ApiError
        }
      }
    },
    async (req) => app.quiz.submit(req.params.roundId, req.body.answers)
  )

  app.get(
    '/quiz/board',
    {
      schema: {
        tags,
        summary: '本次宣传月各村参与人数和平均分（每人每天前 3 轮有效，取最好成绩）',
        response: { 200: Type.Object({ campaignId: Type.String(), villages: Type.Array(Type.Object({ village: Type.String(), participants: Type.Integer(), averageScore: Type.Number() })) }), 404: ApiError }
      }
    },
    async () => app.quiz.currentBoard()
  )

  const office = app.requireRoles('publisher', 'admin')
  const Range = Type.Object({
    from: Day('开始日期'),
    to: Day('结束日期'),
    village: Type.Optional(Type.String({ maxLength: 30, errorMessage: '村（社区）名最多 30 个字。' })),
    persona: Type.Optional(Persona)
  })
  app.get('/admin/quiz/stats', { onRequest: office, schema: { tags, summary: '答题统计：按天、按题、按红旗漏看率、按村和身份', querystring: Range } }, async (req) => app.quiz.stats(req.query))

  app.get('/admin/quiz/stats.csv', { onRequest: office, schema: { tags, summary: '答题统计导出为 CSV（Excel 可直接打开）', querystring: Range } }, async (req, reply) => {
    const s = await app.quiz.stats(req.query)
    // A leading = + - @ would make a spreadsheet run the cell as a formula; village names are typed by residents.
    const q = (v: string | number) => `"${String(v).replace(/^[=+\-@\t\r]/, "'$&").replace(/"/g, '""')}"`
    const lines = [
      ['日期', '轮数', '新参与人数', '平均分'].map(q).join(','),
      ...s.days.map((d) => [d.day, d.rounds, d.newParticipants, d.averageScore].map(q).join(',')),
      '',
      ['危险信号', '出现次数', '漏看率'].map(q).join(','),
      ...s.flags.map((f) => [f.label, f.shown, f.missRate].map(q).join(',')),
      '',
      ['题目', '作答次数', '正确率'].map(q).join(','),
      ...s.items.map((i) => [i.prompt || i.itemId, i.shown, i.correctRate].map(q).join(',')),
      '',
      ['村（社区）', '轮数', '平均分'].map(q).join(','),
      ...s.byVillage.map((v) => [v.name, v.rounds, v.averageScore].map(q).join(',')),
      '',
      ['身份', '轮数', '平均分'].map(q).join(','),
      ...s.byPersona.map((v) => [v.name, v.rounds, v.averageScore].map(q).join(','))
    ]
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="quiz-${req.query.from}-${req.query.to}.csv"`)
      .send(`\ufeff${lines.join('\r\n')}\r\n`)
  })

  // The question bank: editors import, publishers publish.
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 0, parts: 1 } })
  const writers = app.requireRoles('editor', 'publisher')
  const publishers = app.requireRoles('publisher')

  app.get(
    '/admin/quiz/items',
    {
      onRequest: writers,
      schema: {
        tags,
        summary: '题库（含待审核）',
        querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('review'), Type.Literal('published'), Type.Literal('withdrawn')], { errorMessage: '状态只能是待审核、已发布或已撤下。' })) }),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), category: Type.String(), difficulty: Type.Integer(), prompt: Type.String(), status: Type.String(), updatedAt: Type.String() }))
          })
        }
      }
    },
    async (req) => ({ items: await app.quizBank.listItems(req.query.status) })
  )

  app.post(
    '/admin/quiz/import',
    {
      onRequest: writers,
      schema: {
        tags,
        summary: '批量导入题目（CSV 或 XLSX，表头见说明）：有一行不对就一道也不导入，并逐行说明',
        consumes: ['multipart/form-data'],
        response: { 200: Type.Object({ imported: Type.Integer() }), 400: ApiError }
      }
    },
    async (req) => {
      if (!req.isMultipart()) throw new AppError(415, 'not_multipart', '请用表单上传 CSV 或 XLSX 文件。')
      const file = await req.file()
      if (!file) throw new AppError(400, 'no_file', '没有收到文件。')
      let data: Buffer
      try {
        data = await file.toBuffer()
      } catch {
        throw new AppError(400, 'too_large', '文件不能超过 5 MB。')
      }
      const { items, problems } = await readQuizSheet(data, file.filename)
      if (problems.length > 0) {
        throw new AppError(400, 'bad_rows', `有 ${problems.length} 处不对，一道题也没有导入：\n${problems.map((p) => `第 ${p.row} 行：${p.message}`).join('\n')}`)
      }
      return { imported: await app.quizBank.importItems(actorOf(req.staff!), items) }
    }
  )

  for (const [action, status] of [
    ['publish', 'published'],
    ['withdraw', 'withdrawn']
  ] as const) {
    app.post(`/admin/quiz/items/:id/${action}`, { onRequest: publishers, schema: { tags, summary: action === 'publish' ? '发布题目' : '撤下题目', params: Id, response: { 200: Ok, 404: ApiError, 409: ApiError } } }, async (req) => {
      await app.quizBank.setItemStatus(actorOf(req.staff!), req.params.id, status)
      return { ok: true }
    })
  }
}

export default quizRoutes
