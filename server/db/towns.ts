import { sql, type SqlBool } from 'kysely'

/** The tables whose rows belong to a town or to the district (town null). */
export type ContentTable = 'articles' | 'case_lessons' | 'campaigns' | 'exposures'

/**
 * The rows a town's residents see: the town's own, and the district's (town
 * null) unless the town has hidden them (town_hidden). One predicate for
 * every content table, so no list forgets half of it.
 */
export const seenIn = (table: ContentTable, town: string) =>
  sql<SqlBool>`(town = ${town} or (town is null and not exists (select 1 from town_hidden h where h.town = ${town} and h.item_table = ${table} and h.item_id = ${sql.ref(`${table}.id`)})))`
