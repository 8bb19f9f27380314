import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// A town hides a district item from its own residents (an article that does
// not fit, the district's campaign while it runs its own way): one row per
// town and item. The item itself stays the district's, shown in every other
// town.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('town_hidden')
    .addColumn('town', 'text', (c) => c.notNull())
    .addColumn('item_table', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('hidden_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('town_hidden_pk', ['town', 'item_table', 'item_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  const any = await db.selectFrom('town_hidden').select('town').limit(1).executeTakeFirst()
  if (any) throw new Error('有镇（街道）隐藏了区里的内容，不能退回到这之前：退回后这些内容会重新出现在那些镇（街道）。请先在各镇把它们恢复显示。')
  await db.schema.dropTable('town_hidden').execute()
}
