import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('staff_keys')
    .addColumn('user_id', 'varchar(32)', (c) => c.primaryKey().references('staff_users.id').onDelete('cascade'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('wrapped_private', 'text', (c) => c.notNull())
    .addColumn('office_grant', 'text')
    .execute()

  // Only what the desk must sort and route by is in the clear; everything a
  // tipster wrote is in `sealed`, encrypted with the tip's own key.
  await db.schema
    .createTable('tips')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('lookup', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('key_office', 'text', (c) => c.notNull())
    .addColumn('key_tipster', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .execute()
  await db.schema.createIndex('tips_status_closed').on('tips').columns(['status', 'closed_at']).execute()

  await db.schema
    .createTable('tip_messages')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('tip_id', 'varchar(32)', (c) => c.notNull().references('tips.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('author_id', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('tip_messages_tip').on('tip_messages').column('tip_id').execute()

  await db.schema
    .createTable('tip_photos')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('tip_id', 'varchar(32)', (c) => c.references('tips.id').onDelete('set null'))
    .addColumn('key_office', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('tip_photos_tip').on('tip_photos').column('tip_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['tip_photos', 'tip_messages', 'tips', 'staff_keys']) await db.schema.dropTable(table).execute()
}
