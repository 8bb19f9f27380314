import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/database'

export type ReadingTable = 'articles' | 'case_lessons'

export interface ListFilter {
  category?: string
  q?: string
  featured?: boolean
  page: number
  pageSize: number
}

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

function filtered(db: Kysely<Database>, table: ReadingTable, f: ListFilter) {
  let query = db.selectFrom(table)
  if (f.category) query = query.where('category', '=', f.category)
  if (f.featured !== undefined) query = query.where(sql.ref('featured'), '=', f.featured ? 1 : 0)
  if (f.q) {
    const pattern = likePattern(f.q)
    query = query.where((eb) =>
      eb.or([
        eb(sql`title`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`summary`, 'like', sql`${pattern} escape '\\'`)
      ])
    )
  }
  return query
}

export async function listRows(db: Kysely<Database>, table: ReadingTable, f: ListFilter) {
  const [rows, count] = await Promise.all([
    filtered(db, table, f)
      .select(['id', 'title', 'category', 'summary', 'published_at', 'red_flags'])
      .select(table === 'case_lessons' ? sql<number>`featured`.as('featured') : sql<number>`0`.as('featured'))
      .orderBy('published_at', 'desc')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    filtered(db, table, f)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow()
  ])
  return { rows, total: Number(count.n) }
}

export function findArticle(db: Kysely<Database>, id: string) {
  return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findCase(db: Kysely<Database>, id: string) {
  return db.selectFrom('case_lessons').selectAll().where('id', '=', id).executeTakeFirst()
}

export function countByCategory(db: Kysely<Database>) {
  return db
    .selectFrom('articles')
    .select(['category', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('category')
    .execute()
}
