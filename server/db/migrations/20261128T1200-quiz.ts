import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('quiz_items')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('category', 'varchar(32)', (c) => c.notNull())
    .addColumn('difficulty', 'integer', (c) => c.notNull())
    .addColumn('personas', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('advert', 'text')
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('red_flags', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('published'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute()

  await db.schema
    .alterTable('campaigns')
    .addColumn('quiz_seconds', 'integer', (c) => c.notNull().defaultTo(180))
    .execute()

  await db.schema
    .createTable('quiz_rounds')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('participant', 'varchar(64)', (c) => c.notNull())
    .addColumn('persona', 'varchar(16)', (c) => c.notNull())
    .addColumn('village', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'varchar(32)')
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('score', 'integer')
    .addColumn('duration_ms', 'integer')
    .execute()

  // Stats kept as each round is submitted, so the office's figures cost the
  // same with ten thousand rounds as with a million.
  await db.schema
    .createTable('quiz_participants')
    .addColumn('scope', 'varchar(40)', (c) => c.notNull())
    .addColumn('participant', 'varchar(64)', (c) => c.notNull())
    .addColumn('village', 'text', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('rounds_today', 'integer', (c) => c.notNull())
    .addColumn('best_score', 'integer', (c) => c.notNull())
    .addColumn('best_ms', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_participants_pk', ['scope', 'participant'])
    .execute()
  await db.schema
    .createTable('quiz_board')
    .addColumn('scope', 'varchar(40)', (c) => c.notNull())
    .addColumn('village', 'text', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addColumn('score_sum', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_board_pk', ['scope', 'village'])
    .execute()
  await db.schema
    .createTable('quiz_daily')
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('village', 'text', (c) => c.notNull())
    .addColumn('persona', 'varchar(16)', (c) => c.notNull())
    .addColumn('rounds', 'integer', (c) => c.notNull())
    .addColumn('score_sum', 'integer', (c) => c.notNull())
    .addColumn('new_participants', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_daily_pk', ['day', 'village', 'persona'])
    .execute()
  await db.schema
    .createTable('quiz_item_daily')
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('item_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('shown', 'integer', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_item_daily_pk', ['day', 'item_id'])
    .execute()
  await db.schema
    .createTable('quiz_flag_daily')
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('flag', 'varchar(32)', (c) => c.notNull())
    .addColumn('village', 'text', (c) => c.notNull())
    .addColumn('persona', 'varchar(16)', (c) => c.notNull())
    .addColumn('shown', 'integer', (c) => c.notNull())
    .addColumn('missed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_flag_daily_pk', ['day', 'flag', 'village', 'persona'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['quiz_flag_daily', 'quiz_item_daily', 'quiz_daily', 'quiz_board', 'quiz_participants', 'quiz_rounds', 'quiz_items']) await db.schema.dropTable(t).execute()
  await db.schema.alterTable('campaigns').dropColumn('quiz_seconds').execute()
}
