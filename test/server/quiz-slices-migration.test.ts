import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Migrator, type Kysely } from 'kysely'
import { connect } from '../../server/db/connect'
import { migrationsFor } from '../../server/db/migrations'

describe('the quiz-slices migration', () => {
  it('adds the all-villages and all-personas totals for figures kept before it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-slices-'))
    const { db } = connect({ databaseUrl: '', dataDir: dir })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrationsFor('xinkou') } })
    try {
      expect((await migrator.migrateTo('20261210T0900-quiz-desk')).error).toBeUndefined()
      // Written as the schema was then (before towns), not as the code's types say it is now.
      const then = db as unknown as Kysely<any>
      await then
        .insertInto('quiz_daily')
        .values([
          { day: '2026-06-01', village: '辛口村', persona: 'elder', rounds: 2, score_sum: 160, new_participants: 1 },
          { day: '2026-06-01', village: '辛口村', persona: 'farmer', rounds: 1, score_sum: 40, new_participants: 1 },
          { day: '2026-06-01', village: '大沙窝村', persona: 'elder', rounds: 3, score_sum: 300, new_participants: 2 }
        ])
        .execute()
      await then
        .insertInto('quiz_flag_daily')
        .values([
          { day: '2026-06-01', flag: 'crypto', village: '辛口村', persona: 'elder', shown: 4, missed: 1 },
          { day: '2026-06-01', flag: 'crypto', village: '大沙窝村', persona: 'elder', shown: 2, missed: 2 }
        ])
        .execute()
      expect((await migrator.migrateToLatest()).error).toBeUndefined()
      const daily = await db
        .selectFrom('quiz_daily')
        .select(['village', 'persona', 'rounds', 'score_sum', 'new_participants'])
        // Figures from before towns are the first town's (quiz-towns); the district's totals are checked below.
        .where('town', '=', 'xinkou')
        .where((eb) => eb.or([eb('village', '=', ''), eb('persona', '=', '')]))
        .orderBy('village')
        .orderBy('persona')
        .execute()
      expect(daily).toEqual([
        { village: '', persona: '', rounds: 6, score_sum: 500, new_participants: 4 },
        { village: '', persona: 'elder', rounds: 5, score_sum: 460, new_participants: 3 },
        { village: '', persona: 'farmer', rounds: 1, score_sum: 40, new_participants: 1 },
        { village: '大沙窝村', persona: '', rounds: 3, score_sum: 300, new_participants: 2 },
        { village: '辛口村', persona: '', rounds: 3, score_sum: 200, new_participants: 2 }
      ])
      const flags = await db.selectFrom('quiz_flag_daily').select(['town', 'village', 'persona', 'shown', 'missed']).where('village', '=', '').where('persona', '=', '').orderBy('town').execute()
      expect(flags).toEqual([
        { town: '', village: '', persona: '', shown: 6, missed: 3 },
        { town: 'xinkou', village: '', persona: '', shown: 6, missed: 3 }
      ])
      // The district's totals (town ''): the first town's all-village rows, and no row per village.
      const district = await db.selectFrom('quiz_daily').select(['village', 'persona', 'rounds']).where('town', '=', '').orderBy('persona').execute()
      expect(district).toEqual([
        { village: '', persona: '', rounds: 6 },
        { village: '', persona: 'elder', rounds: 5 },
        { village: '', persona: 'farmer', rounds: 1 }
      ])
      // And back: the totals go, the figures kept per village and persona stay.
      expect((await migrator.migrateTo('20261210T0900-quiz-desk')).error).toBeUndefined()
      expect(await db.selectFrom('quiz_daily').select('rounds').execute()).toHaveLength(3)
    } finally {
      await db.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
