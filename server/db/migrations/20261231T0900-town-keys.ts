import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// Each town's office gets a key pair of its own, so that a town's tip
// handlers can open that town's tips and no other's. The district's key is
// the office key made before towns (settings office_public_key): its holders
// open every town's private key, which is sealed to it (district_grant). The
// pairs themselves are made at start-up (KeyRing.ensureTownKeys), where the
// district's public key is at hand.
//
// A tip, feedback or photo records whose key its data key is sealed to
// (key_town; null: the district's). Everything filed before was sealed to the
// district's key, and stays so until the district transfers it to a town.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('town_keys')
    .addColumn('town', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('district_grant', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.alterTable('tips').addColumn('key_town', 'text').execute()
  await db.schema.alterTable('tip_photos').addColumn('key_town', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  // Code from before knows the district's key alone: a case sealed to a town's would be lost to it, so going back
  // waits until the district has transferred every such case to itself.
  for (const table of ['tips', 'tip_photos']) {
    const sealed = await db.selectFrom(table).select('id').where('key_town', 'is not', null).limit(1).executeTakeFirst()
    if (sealed) throw new Error(`不能退回：还有线索或照片加密给了某个镇（${table}），请先由区里把它们转给区里。`)
  }
  await db.schema.alterTable('tip_photos').dropColumn('key_town').execute()
  await db.schema.alterTable('tips').dropColumn('key_town').execute()
  await db.schema.dropTable('town_keys').execute()
}
