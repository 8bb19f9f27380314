import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// The tip box also takes 投诉建议 (complaints and suggestions): a case is a tip
// or feedback, in the same tables with the same receipt and encryption. The
// desk lists one kind at a time, so its two partial indexes lead with it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('tips')
    .addColumn('kind', 'varchar(16)', (c) => c.notNull().defaultTo('tip'))
    .execute()
  await db.schema.dropIndex('tips_desk').execute()
  await db.schema.dropIndex('tips_spam').execute()
  await db.schema.createIndex('tips_desk').on('tips').columns(['kind', 'created_at', 'id']).where(sql.ref('spam_at'), 'is', null).execute()
  await db.schema.createIndex('tips_spam').on('tips').columns(['kind', 'created_at', 'id']).where(sql.ref('spam_at'), 'is not', null).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  // Feedback has no place in a box that only knows tips.
  const feedback = db.selectFrom('tips').select('id').where('kind', '=', 'feedback')
  await db.deleteFrom('tip_messages').where('tip_id', 'in', feedback).execute()
  await db.deleteFrom('tips').where('kind', '=', 'feedback').execute()
  await db.schema.dropIndex('tips_desk').execute()
  await db.schema.dropIndex('tips_spam').execute()
  await db.schema.createIndex('tips_desk').on('tips').columns(['created_at', 'id']).where(sql.ref('spam_at'), 'is', null).execute()
  await db.schema.createIndex('tips_spam').on('tips').columns(['created_at', 'id']).where(sql.ref('spam_at'), 'is not', null).execute()
  await db.schema.alterTable('tips').dropColumn('kind').execute()
}
