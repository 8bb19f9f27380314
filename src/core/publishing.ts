/**
 * The office's publishing desk as the API describes it: shared by the server
 * (which enforces it) and the staff pages (which show it).
 */
import type { CaseKind } from './case-kind'
import type { QuizFields } from './quiz-item'
import type { CheckQuestion } from './reading-types'

export type Kind = 'article' | 'case'

/** draft -> review -> published (visible once its time has come) -> withdrawn. */
export type ContentStatus = 'draft' | 'review' | 'published' | 'withdrawn'

export const STATUS_LABEL: Record<ContentStatus, string> = { draft: '草稿', review: '待审核', published: '已发布', withdrawn: '已撤下' }

export type DeskAction = 'submit' | 'reject' | 'publish' | 'withdraw'

/**
 * The desk's one workflow, for articles, case lessons and quiz items alike:
 * which statuses each action may start from and where it leads. The server
 * enforces it; the editor offers only the buttons it allows.
 */
export const TRANSITIONS: Record<DeskAction, { from: readonly ContentStatus[]; to: ContentStatus; label: string }> = {
  submit: { from: ['draft', 'withdrawn'], to: 'review', label: '提交审核' },
  reject: { from: ['review'], to: 'draft', label: '退回' },
  publish: { from: ['draft', 'review', 'withdrawn'], to: 'published', label: '发布' },
  withdraw: { from: ['published'], to: 'withdrawn', label: '撤下' }
}

export const canDo = (status: ContentStatus, action: DeskAction): boolean => TRANSITIONS[action].from.includes(status)

export interface Revision {
  revision: number
  createdAt: string
  createdBy: string
}

/** Anything written at the desk, as the editor loads it: its fields now and every saved revision. */
export interface DeskRecord<F> {
  id: string
  status: ContentStatus
  revision: number
  updatedAt: string
  fields: F
  revisions: Revision[]
}

// Type aliases rather than interfaces, so they fit the routes' JSON record schema.
export type ArticleFields = {
  title: string
  category: string
  summary: string
  redFlags: string[]
  body: string
}

export type CaseFields = {
  title: string
  category: string
  summary: string
  redFlags: string[]
  featured: boolean
  /** Real (with its public source) or illustrative: see case-kind.ts. */
  kind: CaseKind
  source: string
  sourceUrl: string
  story: string
  outcome: string
  lesson: string
  question: CheckQuestion
}

export type Fields<K extends Kind = Kind> = K extends 'article' ? ArticleFields : CaseFields

export interface EditorItem<K extends Kind = Kind> extends DeskRecord<Fields<K>> {
  kind: K
  /** When it went or goes live; for a draft, when it was created. */
  publishedAt: string
  scheduled: boolean
  /** The town whose office it belongs to, or null for the district's. */
  town: string | null
}

/** A quiz item at the desk: published at once (rounds are drawn from the bank as it is now), never scheduled. */
export interface QuizEditorItem extends DeskRecord<QuizFields> {
  kind: 'quiz'
}

export interface EditorListItem {
  id: string
  kind: Kind
  title: string
  category: string
  status: ContentStatus
  publishedAt: string
  scheduled: boolean
  updatedAt: string
  /** The town whose office it belongs to, or null for the district's (a town's people may read it, not change it). */
  town: string | null
  /** A district item the signed-in town's residents do not see (that town hid it); always false for the district's people. */
  hidden: boolean
}
