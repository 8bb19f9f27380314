import type { Generated } from 'kysely'

/** Dates are ISO 8601 strings in UTC: they sort as text on both SQLite and PostgreSQL. */
export interface ArticleTable {
  id: string
  title: string
  category: string
  summary: string
  body: string
  /** JSON array of red-flag codes. */
  red_flags: string
  published_at: string
  created_at: string
  updated_at: string
}

export interface CaseLessonTable {
  id: string
  title: string
  category: string
  summary: string
  story: string
  outcome: string
  lesson: string
  /** JSON array of red-flag codes. */
  red_flags: string
  /** JSON: { prompt, options, answer, explanation }. */
  question: string
  featured: Generated<number>
  published_at: string
  created_at: string
  updated_at: string
}

export interface Database {
  articles: ArticleTable
  case_lessons: CaseLessonTable
}
