import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// 查一查 looks a name, phone number, link or account up in the exposure list,
// so an entry can list, besides its name, the other names, numbers, links and
// accounts the office publishes with it: a JSON array of strings, shown on
// 曝光台 as written. Entries made before keep an empty list.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('exposures')
    .addColumn('identifiers', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('exposures').dropColumn('identifiers').execute()
}
