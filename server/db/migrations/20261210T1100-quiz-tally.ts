import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
// A handed-in round now carries its own tally (which items were right, which
// red flags were missed) and is added to the running figures shortly after,
// in large batches, instead of inside the hand-in's own transaction. Rounds
// handed in before this were counted then.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('quiz_rounds').addColumn('tally', 'text').execute()
  await db.schema.alterTable('quiz_rounds').addColumn('counted', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.updateTable('quiz_rounds').set({ counted: 1 }).where('submitted_at', 'is not', null).execute()
  // Only the rounds still to be counted are in this index, so finding them costs the same with a million rounds stored.
  await db.schema
    .createIndex('quiz_rounds_to_count')
    .on('quiz_rounds')
    .column('submitted_at')
    .where(sql.ref('counted'), '=', 0)
    .where(sql.ref('submitted_at'), 'is not', null)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('quiz_rounds_to_count').execute()
  await db.schema.alterTable('quiz_rounds').dropColumn('counted').execute()
  await db.schema.alterTable('quiz_rounds').dropColumn('tally').execute()
}
