import { PostgresAdapter, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// Uploads (the office's pictures, tip photos' ciphertext) were files under
// DATA_DIR/uploads, which API processes on different machines cannot all
// read. Their bytes move into their rows: a blob on SQLite, bytea on
// PostgreSQL (both come back as a Buffer). Rows from before have none until
// the server's next start reads their files in (ImageService.adoptFiles,
// TipService.adoptFiles); nothing here reads files, so the column is nullable.
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob'
  await db.schema.alterTable('images').addColumn('data', bytes).execute()
  await db.schema.alterTable('tip_photos').addColumn('data', bytes).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tip_photos').dropColumn('data').execute()
  await db.schema.alterTable('images').dropColumn('data').execute()
}
