/**
 * What makes a quiz item well formed: one set of rules for the office's item
 * editor (which shows the first problem while typing), the server's save and
 * the spreadsheet import (which refuse an item with any), so an item cannot be
 * accepted by one road and refused by another.
 */
import { markedCodes, plainText } from './body-text'
import { categoryName, isCategoryCode } from './categories'
import { isPersona, type QuizKind } from './quiz'
import { isRedFlagCode, redFlagLabel, type RedFlag } from './red-flags'

export const QUIZ_KINDS: readonly { code: QuizKind; label: string }[] = [
  { code: 'judge', label: '判断' },
  { code: 'choice', label: '单选' },
  { code: 'flags', label: '多选：找危险信号' }
]

/** Lengths the editor's inputs, the API's schema and the checks below all use. */
export const QUIZ_LIMITS = { prompt: 200, source: 10, advert: 1000, option: 100, minOptions: 2, maxOptions: 6, explanation: 500 } as const

export interface QuizItemOption {
  text: string
  correct: boolean
  /** For "which red flags" items: the red flag this option names. */
  flag?: string
}

// A type alias rather than an interface, so it fits the routes' JSON record schema.
export type QuizFields = {
  kind: QuizKind
  category: string
  difficulty: number
  personas: string[]
  prompt: string
  /** The advert the question is about; its text may mark red flags as [[原话|代码]]. */
  advert?: { source: string; text: string }
  options: QuizItemOption[]
  redFlags: string[]
  explanation: string
}

const filled = (label: string, text: string, max: number): string | null => (text.trim() === '' || text.length > max ? `${label}要填写，最多 ${max} 个字。` : null)

/** Every problem with an item, in the order the editor's form asks for the fields; empty when the item is fine. */
export function quizItemProblems(f: QuizFields): string[] {
  const problems: string[] = []
  const add = (p: string | null | false) => {
    if (p) problems.push(p)
  }
  add(!QUIZ_KINDS.some((k) => k.code === f.kind) && '题型只能是判断、单选或多选。')
  add(!isCategoryCode(f.category) && `分类“${f.category}”不认识，请从分类里选。`)
  add(![1, 2, 3].includes(f.difficulty) && '难度只能是 1、2 或 3。')
  add(f.personas.some((p) => !isPersona(p)) && '适合人群只能是老年人、务农、上班族或学生。')
  add(new Set(f.personas).size !== f.personas.length && '适合人群有重复。')
  add(filled('题目', f.prompt, QUIZ_LIMITS.prompt))
  const unknownFlags = f.redFlags.filter((c) => !isRedFlagCode(c))
  add(unknownFlags.length > 0 && `红旗“${unknownFlags.join('、')}”不认识，请写红旗的名称，如“承诺保本、无风险”。`)
  add(new Set(f.redFlags).size !== f.redFlags.length && '红旗有重复。')
  if (f.advert) {
    add(filled('广告来源', f.advert.source, QUIZ_LIMITS.source))
    add(filled('广告原文', f.advert.text, QUIZ_LIMITS.advert))
    for (const code of markedCodes(f.advert.text)) {
      if (!isRedFlagCode(code)) add(`广告原文里标出的“${code}”不是认识的危险信号，请取消这个标记后重新标出。`)
      else if (!f.redFlags.includes(code)) add(`广告原文里标出了“${redFlagLabel(code)}”，但本题的红旗里没有选它。`)
    }
  }
  add(optionProblem(f))
  add(filled('解析', f.explanation, QUIZ_LIMITS.explanation))
  return problems
}

function optionProblem(f: QuizFields): string | null {
  const { options } = f
  if (options.length < QUIZ_LIMITS.minOptions || options.length > QUIZ_LIMITS.maxOptions) return `选项要有 ${QUIZ_LIMITS.minOptions} 到 ${QUIZ_LIMITS.maxOptions} 个。`
  if (f.kind === 'judge' && options.length !== 2) return '判断题只能有两个选项。'
  const bad = options.findIndex((o) => o.text.trim() === '' || o.text.length > QUIZ_LIMITS.option)
  if (bad >= 0) return `选项 ${letter(bad)} 要填写，最多 ${QUIZ_LIMITS.option} 个字。`
  const right = options.filter((o) => o.correct)
  if (f.kind !== 'flags' && right.length !== 1) return '判断题和单选题要正好有一个正确答案。'
  if (right.length === 0) return '至少要有一个正确答案。'
  if (right.length === options.length) return '至少要有一个错误的选项。'
  const unknown = options.findIndex((o) => o.flag !== undefined && !isRedFlagCode(o.flag))
  if (unknown >= 0) return `选项 ${letter(unknown)} 的红旗“${options[unknown].flag}”不认识。`
  if (f.kind !== 'flags') return null
  const missing = options.findIndex((o) => !o.flag)
  if (missing >= 0) return `多选题的每个选项都要选一个红旗（选项 ${letter(missing)} 没有）。`
  if (new Set(options.map((o) => o.flag)).size !== options.length) return '多选题的选项红旗不能重复。'
  const rightFlags = right.map((o) => o.flag as string)
  if (rightFlags.length !== f.redFlags.length || rightFlags.some((c) => !f.redFlags.includes(c))) return '多选题的红旗要正好是正确选项的红旗。'
  return null
}

export const letter = (index: number): string => String.fromCharCode(65 + index)

/** Option ids as answers refer to them: a, b, c … by position. */
export const optionId = (index: number): string => String.fromCharCode(97 + index)

/** A one-line description for lists and audit entries. */
export const quizItemSummary = (f: Pick<QuizFields, 'kind' | 'category' | 'difficulty'>): string =>
  `${QUIZ_KINDS.find((k) => k.code === f.kind)?.label ?? f.kind} · ${categoryName(f.category)} · 难度 ${f.difficulty}`

export interface ResidentQuestion {
  id: string
  kind: QuizKind
  prompt: string
  advert: { text?: string; source?: string }
  options: { id: string; text: string }[]
}

/** What a resident gets back for a handed-in round: the score, and each question right or wrong with what it teaches. */
export interface RoundResult {
  score: number
  total: number
  results: { questionId: string; correct: boolean; points: number; correctOptionIds: string[]; explanation: string; redFlags: RedFlag[]; advert?: string; articleId?: string }[]
}

/**
 * The item as a resident meets it in a round: the advert without the
 * office's marks, options without answers, in the order `shown` (option ids)
 * when the round shuffled them.
 */
export function residentQuestion(id: string, f: Pick<QuizFields, 'kind' | 'prompt' | 'options'> & { advert?: QuizFields['advert'] | null }, shown?: string[]): ResidentQuestion {
  const options = f.options.map((o, i) => ({ id: optionId(i), text: o.text }))
  return {
    id,
    kind: f.kind,
    prompt: f.prompt,
    advert: f.advert ? { text: plainText(f.advert.text), source: f.advert.source } : {},
    options: shown ? shown.flatMap((oid) => options.filter((o) => o.id === oid)) : options
  }
}
