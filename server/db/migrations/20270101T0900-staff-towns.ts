import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// A staff account belongs to one town's office or to the district's (town
// null). Every account made before is the district's: a one-town deployment's
// office was the top of its own tree, and its people keep seeing and doing
// all they did; a district taking such a deployment over moves them into
// their town in 账号管理. The audit log keeps the town of whoever acted, so a
// town's admins read their own town's record.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_users').addColumn('town', 'text').execute()
  await db.schema.alterTable('audit_log').addColumn('town', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('town').execute()
  await db.schema.alterTable('staff_users').dropColumn('town').execute()
}
