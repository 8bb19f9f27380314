import fs from 'node:fs'
import path from 'node:path'
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { parse } from 'yaml'
import { CATEGORY_CODES } from '../../src/core/categories'
import { RED_FLAGS } from '../../src/core/red-flags'
import { markedCodes } from '../../src/core/body-text'
import { quizItemProblems } from '../../src/core/quiz-item'
import { originProblems, placeProblems } from '../../src/core/case-kind'
import { legalReferenceProblems } from '../../src/core/legal-references'

/** The starter content shipped in server/db/content (format: its README). */
export const CONTENT_DIR = path.join(__dirname, 'content')

/** The town the starter content is written for (the TOWN_NAME default): no made-up story may be set there. */
export const STARTER_TOWN = { name: '辛口镇', villages: [] as string[] }

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' })
const Category = Type.Union(CATEGORY_CODES.map((c) => Type.Literal(c)))
const FlagCodes = Type.Array(Type.Union(RED_FLAGS.map((f) => Type.Literal(f.code))), { uniqueItems: true })
// YAML reads an unquoted 2026-05-20 as a string with the core schema used here.
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
const Text = Type.String({ minLength: 1 })

const Common = {
  id: Id,
  title: Type.String({ minLength: 2, maxLength: 30 }),
  category: Category,
  summary: Type.String({ minLength: 2, maxLength: 60 }),
  publishedAt: Day,
  redFlags: FlagCodes
}

export const ArticleFile = Type.Object({ ...Common, body: Text }, { additionalProperties: false })

export const CaseFile = Type.Object(
  {
    ...Common,
    featured: Type.Boolean(),
    kind: Type.Union([Type.Literal('real'), Type.Literal('illustrative')]),
    source: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
    sourceUrl: Type.Optional(Type.String({ maxLength: 300 })),
    story: Text,
    outcome: Text,
    lesson: Text,
    question: Type.Object(
      {
        prompt: Text,
        options: Type.Array(Text, { minItems: 2, maxItems: 5 }),
        answer: Type.Integer({ minimum: 0 }),
        explanation: Text
      },
      { additionalProperties: false }
    )
  },
  { additionalProperties: false }
)

export const QuizFile = Type.Object(
  {
    id: Id,
    kind: Type.Union([Type.Literal('judge'), Type.Literal('flags'), Type.Literal('choice')]),
    category: Category,
    difficulty: Type.Integer({ minimum: 1, maximum: 3 }),
    personas: Type.Array(Type.Union([Type.Literal('elder'), Type.Literal('farmer'), Type.Literal('worker'), Type.Literal('student')]), { uniqueItems: true }),
    prompt: Text,
    advert: Type.Optional(Type.Object({ source: Type.String({ minLength: 1, maxLength: 10 }), text: Text }, { additionalProperties: false })),
    options: Type.Array(Type.Object({ text: Text, correct: Type.Boolean(), flag: Type.Optional(Type.Union(RED_FLAGS.map((f) => Type.Literal(f.code)))) }, { additionalProperties: false }), {
      minItems: 2,
      maxItems: 6
    }),
    redFlags: FlagCodes,
    explanation: Text
  },
  { additionalProperties: false }
)

export type ArticleFile = Static<typeof ArticleFile>
export type QuizFile = Static<typeof QuizFile>
export type CaseFile = Static<typeof CaseFile>

export interface StarterContent {
  articles: ArticleFile[]
  cases: CaseFile[]
  quiz: QuizFile[]
}

function readFolder<T>(dir: string, check: (data: unknown, file: string) => T): T[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => check(parse(fs.readFileSync(path.join(dir, f), 'utf8'), { schema: 'core' }), f))
}

function problems(schema: typeof ArticleFile | typeof CaseFile | typeof QuizFile, data: unknown): string[] {
  return [...Value.Errors(schema, data)].map((e) => `${e.path || '/'} ${e.message}`)
}

/** Reads and checks every content file; throws with every problem found, naming the file. */
export function loadStarterContent(dir = CONTENT_DIR): StarterContent {
  const errors: string[] = []
  const articles = readFolder(path.join(dir, 'articles'), (data, file) => {
    problems(ArticleFile, data).forEach((p) => errors.push(`${file}: ${p}`))
    const a = data as ArticleFile
    if (a.id && `${a.id}.yaml` !== file) errors.push(`${file}: id 与文件名不一致`)
    for (const code of markedCodes(a.body ?? '')) if (!a.redFlags?.includes(code as never)) errors.push(`${file}: 正文标记了 ${code}，但 redFlags 里没有`)
    const texts = [a.title ?? '', a.summary ?? '', a.body ?? '']
    // Every story the starter articles tell is made up, like the illustrative cases.
    placeProblems(texts, STARTER_TOWN, 'story').forEach((p) => errors.push(`${file}: ${p}`))
    legalReferenceProblems(texts.join('\n')).forEach((p) => errors.push(`${file}: ${p}`))
    return a
  })
  const cases = readFolder(path.join(dir, 'cases'), (data, file) => {
    problems(CaseFile, data).forEach((p) => errors.push(`${file}: ${p}`))
    const c = data as CaseFile
    if (c.id && `${c.id}.yaml` !== file) errors.push(`${file}: id 与文件名不一致`)
    const marked = new Set(markedCodes(c.story ?? ''))
    const listed = new Set<string>(c.redFlags ?? [])
    if (marked.size !== listed.size || [...marked].some((m) => !listed.has(m))) errors.push(`${file}: 案情中标记的红旗与 redFlags 不一致`)
    if (c.question && !(c.question.answer < c.question.options.length)) errors.push(`${file}: 检验题答案序号超出选项范围`)
    const texts = [c.title, c.summary, c.story, c.outcome, c.lesson, c.question?.prompt, c.question?.explanation, ...(c.question?.options ?? [])].map((t) => t ?? '')
    if (c.kind) originProblems({ kind: c.kind, source: c.source ?? '', sourceUrl: c.sourceUrl ?? '' }).forEach((p) => errors.push(`${file}: ${p}`))
    if (c.kind === 'illustrative') placeProblems(texts, STARTER_TOWN).forEach((p) => errors.push(`${file}: ${p}`))
    legalReferenceProblems(texts.join('\n')).forEach((p) => errors.push(`${file}: ${p}`))
    return c
  })
  const quizDir = path.join(dir, 'quiz')
  const quiz = fs.existsSync(quizDir)
    ? readFolder(quizDir, (data, file) => {
        problems(QuizFile, data).forEach((p) => errors.push(`${file}: ${p}`))
        const q = data as QuizFile
        if (q.id && `${q.id}.yaml` !== file) errors.push(`${file}: id 与文件名不一致`)
        // The same rules as the office's item editor and import; only a file that has the right shape can be judged by them.
        if (problems(QuizFile, data).length === 0) quizItemProblems(q).forEach((p) => errors.push(`${file}: ${p}`))
        const texts = [q.prompt, q.advert?.text, q.explanation, ...(q.options ?? []).map((o) => o.text)].map((t) => t ?? '')
        placeProblems(texts, STARTER_TOWN, 'story').forEach((p) => errors.push(`${file}: ${p}`))
        legalReferenceProblems(texts.join('\n')).forEach((p) => errors.push(`${file}: ${p}`))
        return q
      })
    : []
  if (errors.length > 0) throw new Error(`起始内容有误：\n${errors.join('\n')}`)
  return { articles, cases, quiz }
}
