import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import multipart from '@fastify/multipart'
import type { DeskAction } from '../../../src/core/publishing'
import { QUIZ_LIMITS, type QuizFields as Fields } from '../../../src/core/quiz-item'
import { AppError } from '../../errors'
import { readQuizSheetOffThread } from '../../modules/quiz/import-thread'
import { ApiError, Body, ContentStatus, DeskRecord, Id, Ok, PublishFields, RejectBody, RestoreBody, RevisionQuery, Text } from '../schemas'
import { uploadedFile } from '../upload'

// Shapes and lengths only: which codes, answers and marks are allowed is
// decided by src/core/quiz-item.ts, the same rules the editor and the
// import use, so its messages are the ones staff read.
const Code = (label: string) => Type.String({ maxLength: 32, errorMessage: `${label}的代码不对。` })
const Codes = (label: string, max: number) => Type.Array(Code(label), { maxItems: max, errorMessage: `${label}最多选 ${max} 个。` })
const strict = (what: string) => ({ additionalProperties: false, errorMessage: { additionalProperties: `${what}里有不认识的字段。`, required: `${what}缺少必填的内容。` } })

const QuizFields = Body({
  kind: Type.Union([Type.Literal('judge'), Type.Literal('flags'), Type.Literal('choice')], { errorMessage: '题型只能是判断、单选或多选。' }),
  category: Code('分类'),
  difficulty: Type.Integer({ errorMessage: '难度只能是 1、2 或 3。' }),
  personas: Codes('适合人群', 4),
  prompt: Text('题目', 1, QUIZ_LIMITS.prompt),
  advert: Type.Optional(Type.Object({ source: Text('广告来源', 1, QUIZ_LIMITS.source), text: Text('广告原文', 1, QUIZ_LIMITS.advert) }, strict('广告'))),
  options: Type.Array(
    Type.Object({ text: Text('选项', 1, QUIZ_LIMITS.option), correct: Type.Boolean({ errorMessage: '选项的“正确”只能是是或否。' }), flag: Type.Optional(Code('选项红旗')) }, strict('选项')),
    { minItems: QUIZ_LIMITS.minOptions, maxItems: QUIZ_LIMITS.maxOptions, errorMessage: `选项要有 ${QUIZ_LIMITS.minOptions} 到 ${QUIZ_LIMITS.maxOptions} 个。` }
  ),
  redFlags: Codes('红旗', 20),
  explanation: Text('解析', 1, QUIZ_LIMITS.explanation)
})

const Item = Type.Object(DeskRecord)

/**
 * The question bank at the office's desk: editors write, import and submit
 * items; publishers also reject, publish and withdraw. Tip handlers see none
 * of it. The workflow is the articles' one (../publishing).
 */
const bankRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['办公室：题库']
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 0, parts: 1 } })
  const writers = app.requireRoles('editor', 'publisher')
  const publishers = app.requireRoles('publisher')
  const path = '/admin/quiz/items'

  app.get(
    path,
    {
      onRequest: writers,
      schema: {
        tags,
        summary: '题库（含草稿和待审核）',
        querystring: Type.Object({ status: Type.Optional(ContentStatus) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                kind: Type.String(),
                category: Type.String(),
                difficulty: Type.Integer(),
                prompt: Type.String(),
                status: Type.String(),
                revision: Type.Integer(),
                updatedAt: Type.String()
              })
            )
          })
        }
      }
    },
    async (req) => ({ items: await app.quizBank.listItems(req.query.status) })
  )

  app.post(path, { onRequest: writers, schema: { tags, summary: '新建题目草稿', body: QuizFields, response: { 200: Item, 400: ApiError } } }, async (req) =>
    app.quizBank.create(req.actor!, req.body as Fields)
  )

  app.get(`${path}/:id`, { onRequest: writers, schema: { tags, summary: '题目及其各版本', params: Id, response: { 200: Item, 404: ApiError } } }, async (req) => app.quizBank.get(req.params.id))

  app.put(
    `${path}/:id`,
    {
      onRequest: writers,
      schema: {
        tags,
        summary: '保存题目（产生新版本；已发布的要先撤下）',
        params: Id,
        querystring: RevisionQuery,
        body: QuizFields,
        response: { 200: Item, 400: ApiError, 404: ApiError, 409: ApiError }
      }
    },
    async (req) => app.quizBank.save(req.actor!, req.params.id, req.body as Fields, req.query.revision)
  )

  app.post(
    `${path}/:id/restore`,
    { onRequest: writers, schema: { tags, summary: '恢复到某个旧版本（作为新版本保存）', params: Id, body: RestoreBody, response: { 200: Item, 404: ApiError, 409: ApiError } } },
    async (req) => app.quizBank.restore(req.actor!, req.params.id, req.body.revision)
  )

  app.post(`${path}/:id/reject`, { onRequest: publishers, schema: { tags, summary: '退回修改', params: Id, body: RejectBody, response: { 200: Ok, 404: ApiError, 409: ApiError } } }, async (req) => {
    await app.quizBank.transition(req.actor!, req.params.id, 'reject', { reason: req.body.reason })
    return { ok: true }
  })

  app.post(
    `${path}/:id/publish`,
    {
      onRequest: publishers,
      schema: {
        tags,
        summary: '发布审阅过的那一版（之后抽的题里就有它；审阅后又改过则 409）',
        params: Id,
        body: Body(PublishFields),
        response: { 200: Ok, 400: ApiError, 404: ApiError, 409: ApiError }
      }
    },
    async (req) => {
      await app.quizBank.transition(req.actor!, req.params.id, 'publish', {}, req.body.revision)
      return { ok: true }
    }
  )

  for (const [action, summary, who] of [
    ['submit', '提交审核', writers],
    ['withdraw', '撤下题目', publishers]
  ] as const) {
    const a: DeskAction = action
    app.post(`${path}/:id/${action}`, { onRequest: who, schema: { tags, summary, params: Id, response: { 200: Ok, 404: ApiError, 409: ApiError } } }, async (req) => {
      await app.quizBank.transition(req.actor!, req.params.id, a)
      return { ok: true }
    })
  }

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
      const { chunks, filename } = await uploadedFile(req, ' CSV 或 XLSX 文件', new AppError(400, 'too_large', '文件不能超过 5 MB。'))
      const { items, problems } = await readQuizSheetOffThread(Buffer.concat(chunks), filename, req.log)
      if (problems.length > 0) {
        throw new AppError(400, 'bad_rows', `有 ${problems.length} 处不对，一道题也没有导入：\n${problems.map((p) => `第 ${p.row} 行：${p.message}`).join('\n')}`)
      }
      return { imported: await app.quizBank.importItems(req.actor!, items) }
    }
  )
}

export default bankRoutes
