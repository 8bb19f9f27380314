import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// A case lesson says whether it happened (with its public source: court,
// procuratorate or news, and the address) or is illustrative. Every case
// written before is illustrative.
//
// The town profile's first hotline number used to default to 12345, which is
// Tianjin's city service line, not the town office's: a profile still holding
// it goes back to "not set yet", so the office is asked for its own number.
//
// A publicity month may carry the office's own name for it; empty means the
// national name (防范非法金融活动宣传月 since 2025).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('case_lessons')
    .addColumn('kind', 'varchar(16)', (c) => c.notNull().defaultTo('illustrative'))
    .execute()
  await db.schema
    .alterTable('case_lessons')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .alterTable('case_lessons')
    .addColumn('source_url', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .alterTable('campaigns')
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  const town = await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirst()
  if (town) {
    const profile = JSON.parse(town.value as string) as Record<string, unknown>
    if (profile.hotlinePhone === '12345') {
      await db
        .updateTable('settings')
        .set({ value: JSON.stringify({ ...profile, hotlinePhone: '' }) })
        .where('key', '=', 'town')
        .execute()
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('campaigns').dropColumn('name').execute()
  await db.schema.alterTable('case_lessons').dropColumn('source_url').execute()
  await db.schema.alterTable('case_lessons').dropColumn('source').execute()
  await db.schema.alterTable('case_lessons').dropColumn('kind').execute()
}
