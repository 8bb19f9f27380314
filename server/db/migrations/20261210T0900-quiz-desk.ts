import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
// Quiz items are written and reviewed like articles: a revision number for
// optimistic locking and the last staff member who changed it. Existing items
// (imported or from the starter bank) start at revision 1.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('quiz_items')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema.alterTable('quiz_items').addColumn('updated_by', 'varchar(64)').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  // Drafts did not exist before: keep them out of rounds by treating them as waiting for review.
  await db.updateTable('quiz_items').set({ status: 'review' }).where('status', '=', 'draft').execute()
  await db.deleteFrom('content_revisions').where('item_type', '=', 'quiz').execute()
  await db.schema.alterTable('quiz_items').dropColumn('updated_by').execute()
  await db.schema.alterTable('quiz_items').dropColumn('revision').execute()
}
