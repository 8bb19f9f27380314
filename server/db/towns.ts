import { sql, type SqlBool } from 'kysely'

/**
 * The rows a town's residents see: the town's own and the district's (town
 * null). One predicate for every content table, so no list forgets half of it.
 */
export const seenIn = (town: string) => sql<SqlBool>`(town is null or town = ${town})`
