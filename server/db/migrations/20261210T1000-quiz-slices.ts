import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
// The running quiz figures also keep their totals over all villages and over
// all personas (village or persona written as ''), so the office's dashboard
// reads a fixed number of rows per day whatever the number of rounds: the
// whole town is one row per day (and per red flag), not one per village and
// persona. '' is never a village or persona a round can carry.
const MEASURES = {
  quiz_daily: ['rounds', 'score_sum', 'new_participants'],
  quiz_flag_daily: ['shown', 'missed']
} as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, measures] of Object.entries(MEASURES)) {
    const keys = table === 'quiz_flag_daily' ? ['day', 'flag'] : ['day']
    const sums = sql.join(measures.map((m) => sql`sum(${sql.ref(m)})`))
    const all = sql.lit('')
    for (const slice of [
      { village: sql.ref('village'), persona: all, by: ['village'] },
      { village: all, persona: sql.ref('persona'), by: ['persona'] },
      { village: all, persona: all, by: [] }
    ]) {
      await sql`insert into ${sql.table(table)} (${sql.join([...keys, 'village', 'persona', ...measures].map((c) => sql.ref(c)))})
        select ${sql.join(keys.map((k) => sql.ref(k)))}, ${slice.village}, ${slice.persona}, ${sums} from ${sql.table(table)}
        where village <> '' and persona <> '' group by ${sql.join([...keys, ...slice.by].map((c) => sql.ref(c)))}`.execute(db)
    }
  }
  // The dashboard's three ways in: one village or all (by persona), one persona or all (by village), and red flags for a slice.
  await db.schema.createIndex('quiz_daily_by_village').on('quiz_daily').columns(['persona', 'day', 'village']).execute()
  await db.schema.createIndex('quiz_daily_by_persona').on('quiz_daily').columns(['village', 'day', 'persona']).execute()
  await db.schema.createIndex('quiz_flag_daily_slice').on('quiz_flag_daily').columns(['village', 'persona', 'day']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['quiz_daily_by_village', 'quiz_daily_by_persona', 'quiz_flag_daily_slice']) await db.schema.dropIndex(index).execute()
  for (const table of Object.keys(MEASURES))
    await db
      .deleteFrom(table)
      .where((eb) => eb.or([eb('village', '=', ''), eb('persona', '=', '')]))
      .execute()
}
