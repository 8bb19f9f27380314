import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// The tip desk pages through every tip and can set junk aside: `spam_at` is
// when a handler marked a tip as spam (null: not spam). Two partial indexes
// walk the desk's order (newest first) for each view without reading the other.
//
// Times stored with a tip are coarsened so none can be matched to a network
// log: a tip's own times to its day (Beijing), its messages and photos to the
// hour. Message ids were time-ordered to the millisecond; they become random,
// and `seq` keeps a conversation's order instead.
const HOUR = 3600000
const BEIJING = 8 * HOUR
const hour = (iso: string) => new Date(Math.floor(Date.parse(iso) / HOUR) * HOUR).toISOString()
const day = (iso: string) => new Date(Math.floor((Date.parse(iso) + BEIJING) / (24 * HOUR)) * 24 * HOUR - BEIJING).toISOString()

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('tips').addColumn('spam_at', 'varchar(32)').execute()
  await db.schema.createIndex('tips_desk').on('tips').columns(['created_at', 'id']).where(sql.ref('spam_at'), 'is', null).execute()
  await db.schema.createIndex('tips_spam').on('tips').columns(['created_at', 'id']).where(sql.ref('spam_at'), 'is not', null).execute()
  await db.schema
    .alterTable('tip_messages')
    .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  const tips = await db.selectFrom('tips').select(['id', 'created_at', 'closed_at']).execute()
  for (const t of tips) {
    const created = day(t.created_at)
    // The last change is not kept finer than the tip's messages are.
    await db
      .updateTable('tips')
      .set({ created_at: created, updated_at: created, closed_at: t.closed_at ? hour(t.closed_at) : null })
      .where('id', '=', t.id)
      .execute()
  }
  const messages = await db.selectFrom('tip_messages').select(['id', 'tip_id', 'created_at']).orderBy('tip_id').orderBy('id').execute()
  let tipId = ''
  let seq = 0
  for (const m of messages) {
    seq = m.tip_id === tipId ? seq + 1 : 1
    tipId = m.tip_id
    await db
      .updateTable('tip_messages')
      .set({ id: `m${randomBytes(12).toString('hex')}`, seq, created_at: hour(m.created_at) })
      .where('id', '=', m.id)
      .execute()
    await db
      .updateTable('tips')
      .set({ updated_at: hour(m.created_at) })
      .where('id', '=', m.tip_id)
      .where('updated_at', '<', hour(m.created_at))
      .execute()
  }
  const photos = await db.selectFrom('tip_photos').select(['id', 'created_at']).execute()
  for (const p of photos)
    await db
      .updateTable('tip_photos')
      .set({ created_at: hour(p.created_at) })
      .where('id', '=', p.id)
      .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  // The exact times are gone for good; only the columns go back.
  await db.schema.alterTable('tip_messages').dropColumn('seq').execute()
  await db.schema.dropIndex('tips_spam').execute()
  await db.schema.dropIndex('tips_desk').execute()
  await db.schema.alterTable('tips').dropColumn('spam_at').execute()
}
