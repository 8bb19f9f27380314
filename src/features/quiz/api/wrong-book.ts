import Taro from '@tarojs/taro'
import type { RedFlag } from '../../../core/red-flags'
import type { Question, RoundResult } from './quiz'

/** 错题本: the questions this phone got wrong, kept on the phone only, to try again. */
export interface WrongItem {
  question: Question
  correctOptionIds: string[]
  explanation: string
  redFlags: RedFlag[]
  /** The advert with its red-flag marks; entries kept before marks existed have none and show the plain advert. */
  advert?: string
  articleId?: string
  missedAt: number
}

const KEY = 'quiz:wrong-book'
const MAX = 100

export function wrongBook(): WrongItem[] {
  const value: unknown = Taro.getStorageSync(KEY)
  return Array.isArray(value) ? (value as WrongItem[]) : []
}

/** Adds a round's misses (newest first) and drops the ones now answered right. */
export function recordRound(questions: Question[], result: RoundResult): void {
  const byId = new Map(wrongBook().map((w) => [w.question.id, w]))
  for (const r of result.results) {
    const question = questions.find((q) => q.id === r.questionId)
    if (!question) continue
    if (r.correct) byId.delete(question.id)
    else byId.set(question.id, { question, correctOptionIds: r.correctOptionIds, explanation: r.explanation, redFlags: r.redFlags, advert: r.advert, articleId: r.articleId, missedAt: Date.now() })
  }
  Taro.setStorageSync(KEY, [...byId.values()].sort((a, b) => b.missedAt - a.missedAt).slice(0, MAX))
}

export function forget(id: string): void {
  Taro.setStorageSync(
    KEY,
    wrongBook().filter((w) => w.question.id !== id)
  )
}
