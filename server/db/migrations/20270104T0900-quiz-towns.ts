import { PostgresAdapter, sql, type CreateTableBuilder, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// A round is drawn in a town, and the quiz's figures are kept per town:
// - quiz_rounds.town: where it was drawn. Rounds drawn before were the first
//   town's (a database from before towns served that town alone).
// - A campaign's board and its participants' bests count under
//   `campaign@town`, so a district-wide month gives every town its own total,
//   and two villages of the same name in two towns stay apart.
// - The daily figures gain a town: a row per town, village and persona, with
//   the totals of each town ('' village or persona, as before) and of the
//   whole district (town ''), which has no per-village row: villages belong
//   to towns.
// Going back is refused once a second town has figures: they would merge.
const DAILY = {
  quiz_daily: { keys: ['day'], measures: ['rounds', 'score_sum', 'new_participants'] },
  quiz_flag_daily: { keys: ['day', 'flag'], measures: ['shown', 'missed'] }
} as const

const INDEXES = {
  quiz_daily: [
    ['quiz_daily_by_village', ['persona', 'day', 'village']],
    ['quiz_daily_by_persona', ['village', 'day', 'persona']]
  ],
  quiz_flag_daily: [['quiz_flag_daily_slice', ['village', 'persona', 'day']]]
} as const

/** Rebuilds a daily table with (`withTown`) or without the town column, filling it by `fill` from the old one. */
async function rebuild(db: Kysely<any>, table: keyof typeof DAILY, withTown: boolean, fill: (from: string, to: string) => Promise<void>): Promise<void> {
  const { keys, measures } = DAILY[table]
  const next = `${table}_next`
  let create: CreateTableBuilder<string, string> = db.schema.createTable(next)
  for (const k of keys) create = create.addColumn(k, k === 'day' ? 'varchar(10)' : 'varchar(32)', (c) => c.notNull())
  if (withTown) create = create.addColumn('town', 'text', (c) => c.notNull())
  create = create.addColumn('village', 'text', (c) => c.notNull()).addColumn('persona', 'varchar(16)', (c) => c.notNull())
  for (const m of measures) create = create.addColumn(m, 'integer', (c) => c.notNull())
  // Named apart from the old table's key, which still exists while this one is filled.
  await create.addPrimaryKeyConstraint(withTown ? `${table}_town_pk` : `${table}_pk`, [...keys, ...(withTown ? ['town'] : []), 'village', 'persona']).execute()
  await fill(table, next)
  await db.schema.dropTable(table).execute()
  await db.schema.alterTable(next).renameTo(table).execute()
  for (const [name, columns] of INDEXES[table])
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...(withTown ? ['town'] : []), ...columns])
      .execute()
}

export const quizTowns = (firstTown: string) => ({
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .alterTable('quiz_rounds')
      .addColumn('town', 'text', (c) => c.notNull().defaultTo(firstTown))
      .execute()
    // campaign@town can be longer than the 40 characters a campaign id was given.
    if (db.getExecutor().adapter instanceof PostgresAdapter)
      for (const table of ['quiz_board', 'quiz_participants'])
        await db.schema
          .alterTable(table)
          .alterColumn('scope', (c) => c.setDataType('text'))
          .execute()
    for (const table of ['quiz_board', 'quiz_participants'])
      await db
        .updateTable(table)
        .set({ scope: sql`scope || ${`@${firstTown}`}` })
        .where('scope', '<>', 'all')
        .execute()
    for (const table of Object.keys(DAILY) as (keyof typeof DAILY)[]) {
      const { keys, measures } = DAILY[table]
      const columns = [...keys, 'village', 'persona', ...measures]
      await rebuild(db, table, true, async (from, to) => {
        const list = sql.join(columns.map((c) => sql.ref(c)))
        // Every row is the first town's; its town-wide rows ('' village) are also the district's.
        await sql`insert into ${sql.table(to)} (town, ${list}) select ${firstTown}, ${list} from ${sql.table(from)}`.execute(db)
        await sql`insert into ${sql.table(to)} (town, ${list}) select '', ${list} from ${sql.table(from)} where village = ''`.execute(db)
      })
    }
  },

  async down(db: Kysely<any>): Promise<void> {
    const other = await db.selectFrom('quiz_rounds').select('town').where('town', '<>', firstTown).limit(1).executeTakeFirst()
    if (other) throw new Error('已经有别的镇（街道）的答题，不能退回到答题分镇之前：退回后各镇的答题榜和统计会混在一起。')
    for (const table of Object.keys(DAILY) as (keyof typeof DAILY)[]) {
      const { keys, measures } = DAILY[table]
      const list = sql.join([...keys, 'village', 'persona', ...measures].map((c) => sql.ref(c)))
      await rebuild(db, table, false, async (from, to) => {
        await sql`insert into ${sql.table(to)} (${list}) select ${list} from ${sql.table(from)} where town = ${firstTown}`.execute(db)
      })
    }
    for (const table of ['quiz_board', 'quiz_participants'])
      await db
        .updateTable(table)
        .set({ scope: sql`substr(scope, 1, length(scope) - ${firstTown.length + 1})` })
        .where('scope', 'like', `%@${firstTown}`)
        .execute()
    await db.schema.alterTable('quiz_rounds').dropColumn('town').execute()
  }
})
