import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// A campaign may tell residents after each quiz question whether they were
// right (每题答完就告诉对错), off unless the office switches it on. A round
// keeps whether it was drawn that way (a campaign changed mid-round does not
// change the rules of a round already on a phone) and the answers checked so
// far: a JSON object { question id: [option ids] }, written once per
// question, which the hand-in scores instead of whatever it is sent.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('campaigns')
    .addColumn('quiz_feedback', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('quiz_rounds')
    .addColumn('feedback', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('quiz_rounds')
    .addColumn('checked', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('quiz_rounds').dropColumn('checked').execute()
  await db.schema.alterTable('quiz_rounds').dropColumn('feedback').execute()
  await db.schema.alterTable('campaigns').dropColumn('quiz_feedback').execute()
}
