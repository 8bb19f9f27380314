import { sql } from 'kysely'
import { LRUCache } from 'lru-cache'
import type { CaseKind } from '../../../src/core/case-kind'
import { CATEGORIES } from '../../../src/core/categories'
import { toRedFlags } from '../../../src/core/red-flags'
import type { Article, ArticleSummary, CaseLesson, CaseSummary, Category, Page } from '../../../src/core/reading-types'
import type { Db } from '../../db/database'
import { seenIn } from '../../db/towns'
import { notFound } from '../../errors'
import type { ContentEvents } from '../content/events'

/** Ids are lowercase words joined by hyphens; anything else cannot exist, so it is not looked up. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/

const flags = (json: string) => toRedFlags(JSON.parse(json) as string[])

interface CommonRow {
  id: string
  title: string
  category: string
  summary: string
  published_at: string
  red_flags: string
  town: string | null
}

const summaryOf = (r: CommonRow): ArticleSummary => ({ id: r.id, title: r.title, category: r.category, summary: r.summary, publishedAt: r.published_at, town: r.town })

const caseSummaryOf = (r: CommonRow & { featured: number | string; kind: CaseKind }): CaseSummary => ({
  ...summaryOf(r),
  redFlags: flags(r.red_flags),
  featured: Number(r.featured) === 1,
  kind: r.kind
})

/**
 * Everything residents read, served from a cache of answers: the article
 * list is the busiest request in campaign month and the content changes only
 * when the office publishes. The cache is emptied on the content-changed
 * signal (`ContentEvents`), so residents see a change at once, including an
 * item scheduled for later when its time comes. A cached answer is never
 * changed in place (a change makes a new one): the routes keep each one's
 * serialised text for as long as it is cached (routes/serialised-once.ts).
 */
export class ReadingService {
  private readonly cache = new LRUCache<string, object>({ max: 2000 })
  /** Counts the changes: a load that began before one is answered but not kept. */
  private generation = 0

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly events: ContentEvents
  ) {
    events.on(['article', 'case'], () => {
      this.generation++
      this.cache.clear()
    })
  }

  private visibility() {
    return { now: this.now().toISOString() }
  }

  private async cached<T extends object>(key: string, load: () => Promise<T>): Promise<T> {
    await this.events.due()
    const hit = this.cache.get(key) as T | undefined
    if (hit !== undefined) return hit
    const generation = this.generation
    const entry = await load()
    if (generation === this.generation) this.cache.set(key, entry)
    return entry
  }

  categories(town: string): Promise<{ items: Category[] }> {
    return this.cached(`categories|${town}`, async () => {
      const counts = new Map((await countByCategory(this.db, town, this.visibility())).map((r) => [r.category, Number(r.n)]))
      const items: Category[] = CATEGORIES.map((c) => ({ code: c.code, name: c.name, count: counts.get(c.code) ?? 0 }))
      return { items }
    })
  }

  private list(table: ReadingTable, f: ListFilter): Promise<Page<ArticleSummary | CaseSummary>> {
    return this.cached(`${table}|${JSON.stringify(f)}`, async () => {
      const { rows, total } = await listRows(this.db, table, f, this.visibility())
      const items = rows.map((r) => (table === 'articles' ? summaryOf(r) : caseSummaryOf(r)))
      return { items, total, page: f.page, pageSize: f.pageSize }
    })
  }

  /** Summaries of the visible items among `ids`, in the order given (a withdrawn one simply drops out). */
  async summaries(table: 'articles', ids: string[]): Promise<ArticleSummary[]>
  async summaries(table: 'case_lessons', ids: string[]): Promise<CaseSummary[]>
  async summaries(table: ReadingTable, ids: string[]): Promise<(ArticleSummary | CaseSummary)[]> {
    if (ids.length === 0) return []
    const rows = await visibleByIds(this.db, table, ids, this.visibility())
    return ids.flatMap((id) => {
      const r = rows.find((row) => row.id === id)
      if (!r) return []
      return [table === 'articles' ? summaryOf(r) : caseSummaryOf(r)]
    })
  }

  articles(f: ListFilter): Promise<Page<ArticleSummary>> {
    return this.list('articles', f)
  }

  cases(f: ListFilter): Promise<Page<CaseSummary>> {
    return this.list('case_lessons', f) as Promise<Page<CaseSummary>>
  }

  article(id: string): Promise<Article> {
    return this.cached(`article|${id}`, async () => {
      const r = ID.test(id) ? await findArticle(this.db, id, this.visibility()) : undefined
      if (!r) throw notFound('篇文章')
      return { ...summaryOf(r), body: r.body, redFlags: flags(r.red_flags) }
    })
  }

  caseLesson(id: string): Promise<CaseLesson> {
    return this.cached(`case|${id}`, async () => {
      const r = ID.test(id) ? await findCase(this.db, id, this.visibility()) : undefined
      if (!r) throw notFound('个案例')
      return {
        ...caseSummaryOf(r),
        source: r.source,
        sourceUrl: r.source_url,
        story: r.story,
        outcome: r.outcome,
        lesson: r.lesson,
        question: JSON.parse(r.question) as CaseLesson['question']
      }
    })
  }
}

// Its queries: SQL stays beside the one service that reads these tables for residents (server/README.md, modules).

export type ReadingTable = 'articles' | 'case_lessons'

/** What residents may see: published, and its publication time has come. */
interface Visibility {
  now: string
}

export interface ListFilter {
  /** The resident's town: its own items and the district's. */
  town: string
  category?: string
  q?: string
  featured?: boolean
  page: number
  pageSize: number
}

/** A case's kind for the summaries; articles have none. */
const caseKind = (table: ReadingTable) => (table === 'case_lessons' ? sql<CaseKind>`kind`.as('kind') : sql<CaseKind>`'illustrative'`.as('kind'))

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

function filtered(db: Db, table: ReadingTable, f: ListFilter, v: Visibility) {
  let query = db.selectFrom(table).where('status', '=', 'published').where('published_at', '<=', v.now).where(seenIn(table, f.town))
  if (f.category) query = query.where('category', '=', f.category)
  if (f.featured !== undefined) query = query.where(sql.ref('featured'), '=', f.featured ? 1 : 0)
  if (f.q) {
    const pattern = likePattern(f.q)
    query = query.where((eb) => eb.or([eb(sql`title`, 'like', sql`${pattern} escape '\\'`), eb(sql`summary`, 'like', sql`${pattern} escape '\\'`)]))
  }
  return query
}

async function listRows(db: Db, table: ReadingTable, f: ListFilter, v: Visibility) {
  const [rows, count] = await Promise.all([
    filtered(db, table, f, v)
      .select(['id', 'title', 'category', 'summary', 'published_at', 'red_flags', 'town'])
      .select(table === 'case_lessons' ? sql<number>`featured`.as('featured') : sql<number>`0`.as('featured'))
      .select(caseKind(table))
      .orderBy('published_at', 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    filtered(db, table, f, v)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow()
  ])
  return { rows, total: Number(count.n) }
}

function findArticle(db: Db, id: string, v: Visibility) {
  return db.selectFrom('articles').selectAll().where('id', '=', id).where('status', '=', 'published').where('published_at', '<=', v.now).executeTakeFirst()
}

function findCase(db: Db, id: string, v: Visibility) {
  return db.selectFrom('case_lessons').selectAll().where('id', '=', id).where('status', '=', 'published').where('published_at', '<=', v.now).executeTakeFirst()
}

/** The visible items among `ids`, for a campaign's featured reading. */
function visibleByIds(db: Db, table: ReadingTable, ids: string[], v: Visibility) {
  return db
    .selectFrom(table)
    .select(['id', 'title', 'category', 'summary', 'published_at', 'red_flags', 'town'])
    .select(table === 'case_lessons' ? sql<number>`featured`.as('featured') : sql<number>`0`.as('featured'))
    .select(caseKind(table))
    .where('id', 'in', ids)
    .where('status', '=', 'published')
    .where('published_at', '<=', v.now)
    .execute()
}

function countByCategory(db: Db, town: string, v: Visibility) {
  return db
    .selectFrom('articles')
    .where('status', '=', 'published')
    .where('published_at', '<=', v.now)
    .where(seenIn('articles', town))
    .select(['category', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('category')
    .execute()
}
