import { sql, type RawBuilder } from 'kysely'
import type { DbKind } from './connect'

export type ColumnType = 'text' | 'integer'

/**
 * Rows handed to the database as one JSON parameter and read back as a
 * table. A batch write then has the same SQL text whatever its size, so it is
 * prepared once and bound with a single value, instead of a statement with
 * hundreds of placeholders built and parsed again for every batch.
 */
export function jsonRows(kind: DbKind, rows: Record<string, string | number | null>[], columns: Record<string, ColumnType>): RawBuilder<unknown> {
  const names = Object.keys(columns)
  const data = JSON.stringify(rows)
  if (kind === 'postgres') {
    const shape = sql.join(names.map((n) => sql`${sql.id(n)} ${sql.raw(columns[n])}`))
    return sql`(select * from jsonb_to_recordset(cast(${data} as jsonb)) as r(${shape}))`
  }
  // json_each's ->> gives SQLite's own integer and text values back.
  return sql`(select ${sql.join(names.map((n) => sql`value ->> ${sql.lit(n)} as ${sql.id(n)}`))} from json_each(${data}))`
}
