import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// A tip handler's or admin's session keeps the office private key it opened
// at sign-in, sealed under a key derived from the session's token (which the
// database never holds), so that every API process sharing the database can
// open it for that session's requests. It used to live in one process's
// memory; sessions from before this have no copy, and their holders sign in
// again to work the tip desk, as after any restart before.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_sessions').addColumn('office_key', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_sessions').dropColumn('office_key').execute()
}
