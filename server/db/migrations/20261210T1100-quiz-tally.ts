import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
// A hand-in becomes its own narrow row: the round as drawn is never rewritten,
// a second copy of a paper is refused by the primary key, and the hand-in
// carries its tally (which items were right, which red flags were missed) so
// the running figures can be added shortly after, in large batches, instead
// of inside the hand-in. Rounds handed in before this were counted then.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('quiz_handins')
    .addColumn('round_id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('submitted_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('tally', 'text', (c) => c.notNull())
    .addColumn('counted', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await sql`insert into quiz_handins (round_id, submitted_at, score, duration_ms, tally, counted)
    select id, submitted_at, score, duration_ms, '{"items":[],"flags":[]}', 1 from quiz_rounds where submitted_at is not null`.execute(db)
  // Only the hand-ins still to be counted are in this index, so finding them costs the same with a million stored.
  await db.schema.createIndex('quiz_handins_to_count').on('quiz_handins').column('submitted_at').where(sql.ref('counted'), '=', 0).execute()
  for (const column of ['submitted_at', 'score', 'duration_ms']) await db.schema.alterTable('quiz_rounds').dropColumn(column).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('quiz_rounds').addColumn('submitted_at', 'varchar(32)').execute()
  await db.schema.alterTable('quiz_rounds').addColumn('score', 'integer').execute()
  await db.schema.alterTable('quiz_rounds').addColumn('duration_ms', 'integer').execute()
  await sql`update quiz_rounds set submitted_at = h.submitted_at, score = h.score, duration_ms = h.duration_ms from quiz_handins h where h.round_id = quiz_rounds.id`.execute(db)
  await db.schema.dropTable('quiz_handins').execute()
}
