/**
 * What the public reading API returns (server/routes/reading): the contract
 * the mini-program, the H5 pages and any other client rely on.
 */
import type { CaseKind } from './case-kind'
import type { RedFlag } from './red-flags'

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface Category {
  code: string
  name: string
  count: number
}

export interface ArticleSummary {
  id: string
  title: string
  category: string
  summary: string
  publishedAt: string
  /** The town whose office wrote it, or null for the district's (shown in every town). */
  town: string | null
}

export interface Article extends ArticleSummary {
  body: string
  redFlags: RedFlag[]
}

export interface CaseSummary extends ArticleSummary {
  redFlags: RedFlag[]
  featured: boolean
  /** Shown with the case wherever it appears (core/case-kind). */
  kind: CaseKind
}

export interface CheckQuestion {
  prompt: string
  options: string[]
  answer: number
  explanation: string
}

export interface CaseLesson extends CaseSummary {
  /** The public source of a real case: who published it, and where; '' for an illustrative one. */
  source: string
  sourceUrl: string
  story: string
  outcome: string
  lesson: string
  question: CheckQuestion
}

/** The meta tag in which the server hands the web version the hotline with the page itself (server/plugins/web.ts). */
export const HOTLINE_META = 'fangfei-hotline'
/** Beside it, the code of the town whose hotline that is; a page without it carries the deployment's default town's. */
export const HOTLINE_TOWN_META = 'fangfei-hotline-town'

export interface Hotline {
  /** The town office's own number; null until an admin sets it (core/hotlines has the lines that always exist). */
  phone: string | null
  hours: string
  /** Machine-readable hours (core/office-hours), so a phone offline still knows whether the office is open. */
  schedule: string
  address: string
  openNow: boolean
  /** The town's name, whose office answers (absent in a copy saved before towns). */
  town?: string
}
