import { sql } from 'kysely'
import type { CaseKind } from '../../../src/core/case-kind'
import type { Db } from '../../db/database'
import { seenIn } from '../../db/towns'

export type ReadingTable = 'articles' | 'case_lessons'

/** What residents may see: published, and its publication time has come. */
export interface Visibility {
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

export async function listRows(db: Db, table: ReadingTable, f: ListFilter, v: Visibility) {
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

export function findArticle(db: Db, id: string, v: Visibility) {
  return db.selectFrom('articles').selectAll().where('id', '=', id).where('status', '=', 'published').where('published_at', '<=', v.now).executeTakeFirst()
}

export function findCase(db: Db, id: string, v: Visibility) {
  return db.selectFrom('case_lessons').selectAll().where('id', '=', id).where('status', '=', 'published').where('published_at', '<=', v.now).executeTakeFirst()
}

/** The visible items among `ids`, for a campaign's featured reading. */
export function visibleByIds(db: Db, table: ReadingTable, ids: string[], v: Visibility) {
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

/** When the next scheduled item goes live, if any: the cache must not outlive that moment. */
export async function nextScheduled(db: Db, v: Visibility): Promise<string | null> {
  const rows = await Promise.all(
    (['articles', 'case_lessons'] as const).map((t) =>
      db
        .selectFrom(t)
        .select((eb) => eb.fn.min('published_at').as('at'))
        .where('status', '=', 'published')
        .where('published_at', '>', v.now)
        .executeTakeFirst()
    )
  )
  const times = rows.map((r) => r?.at).filter((t): t is string => typeof t === 'string')
  return times.length ? times.sort()[0] : null
}

export function countByCategory(db: Db, town: string, v: Visibility) {
  return db
    .selectFrom('articles')
    .where('status', '=', 'published')
    .where('published_at', '<=', v.now)
    .where(seenIn('articles', town))
    .select(['category', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('category')
    .execute()
}
