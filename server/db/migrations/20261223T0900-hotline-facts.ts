import type { Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// The town profile's first hotline hours and address used to default to
// made-up values (weekday office hours, "辛口镇人民政府经济办…"): facts only the
// office can set. A profile still holding the old default address goes back
// to "not set yet"; so do the old default hours where the office has not set
// its own number either (an office that has set its number has seen them).
const OLD_HOURS = '1-5 08:30-12:00,13:30-17:30'
const OLD_ADDRESS = '辛口镇人民政府经济办（镇防范和处置非法集资领导小组办公室）'

export async function up(db: Kysely<any>): Promise<void> {
  const town = await db.selectFrom('settings').select('value').where('key', '=', 'town').executeTakeFirst()
  if (!town) return
  const profile = JSON.parse(town.value as string) as Record<string, unknown>
  const next = {
    ...profile,
    ...(profile.hotlineAddress === OLD_ADDRESS ? { hotlineAddress: '' } : {}),
    ...(profile.hotlineHours === OLD_HOURS && !profile.hotlinePhone ? { hotlineHours: '' } : {})
  }
  if (JSON.stringify(next) !== JSON.stringify(profile))
    await db
      .updateTable('settings')
      .set({ value: JSON.stringify(next) })
      .where('key', '=', 'town')
      .execute()
}

// The old values were never facts, so there is nothing to put back.
export async function down(): Promise<void> {}
