import type { Kysely, Migration } from 'kysely'

// Frozen in time: this file never imports application code.
//
// One deployment serves a district: its towns and street offices (镇/街道)
// are tenants, each with its own profile (hotline, villages, member units).
// Until now the one town's profile was the settings row 'town'; it becomes
// the first town, under the code the deployment names (TOWN_CODE), which a
// migration cannot know by itself. A fresh database has no such row: the
// first start makes the first town from the configuration.
//
// A tip or feedback goes to a town's office, or to the district's when the
// resident does not know which town (town null). Those filed before were the
// one town's.
export function towns(firstTown: string): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('towns')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        // The rest of the profile as JSON: hotlinePhone, hotlineHours, hotlineAddress, villages, units.
        .addColumn('profile', 'text', (c) => c.notNull())
        // Display order; the first town is the deployment's default, for requests that name none.
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.alterTable('tips').addColumn('town', 'text').execute()
      await db.updateTable('tips').set({ town: firstTown }).execute()
      const row = (await db.selectFrom('settings').select(['value', 'updated_at']).where('key', '=', 'town').executeTakeFirst()) as { value: string; updated_at: string } | undefined
      if (!row) return
      const { name, ...profile } = JSON.parse(row.value) as { name: string }
      await db
        .insertInto('towns')
        .values({ code: firstTown, name, profile: JSON.stringify(profile), position: 0, created_at: row.updated_at, updated_at: row.updated_at })
        .execute()
      await db.deleteFrom('settings').where('key', '=', 'town').execute()
    },

    async down(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('tips').dropColumn('town').execute()
      const first = (await db.selectFrom('towns').selectAll().orderBy('position').executeTakeFirst()) as { name: string; profile: string; updated_at: string } | undefined
      if (first)
        await db
          .insertInto('settings')
          .values({ key: 'town', value: JSON.stringify({ name: first.name, ...JSON.parse(first.profile) }), updated_at: first.updated_at })
          .execute()
      await db.schema.dropTable('towns').execute()
    }
  }
}
