/**
 * The office's publishing desk as the API describes it: shared by the server
 * (which enforces it) and the staff pages (which show it).
 */
import type { CheckQuestion } from './reading-types'

export type Kind = 'article' | 'case'

/** draft -> review -> published (visible once its time has come) -> withdrawn. */
export type ContentStatus = 'draft' | 'review' | 'published' | 'withdrawn'

export const STATUS_LABEL: Record<ContentStatus, string> = { draft: '草稿', review: '待审核', published: '已发布', withdrawn: '已撤下' }

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
  story: string
  outcome: string
  lesson: string
  question: CheckQuestion
}

export type Fields<K extends Kind = Kind> = K extends 'article' ? ArticleFields : CaseFields

export interface EditorItem<K extends Kind = Kind> {
  id: string
  kind: K
  status: ContentStatus
  /** When it went or goes live; for a draft, when it was created. */
  publishedAt: string
  scheduled: boolean
  revision: number
  updatedAt: string
  fields: Fields<K>
  revisions: { revision: number; createdAt: string; createdBy: string }[]
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
}
