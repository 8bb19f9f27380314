import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// Content belongs to a town or to the whole district (town null). A database
// that served one town brings that town's own content with it: the articles
// and case lessons its office wrote (their ids are `a-` or `c-` and 16
// characters, as the desk made them; starter content has word ids), its
// campaigns and its exposure entries become the first town's. The starter
// content becomes the district's, shown in every town. With one town nothing
// changes for anyone: its residents see both.
const TABLES = ['articles', 'case_lessons', 'campaigns', 'exposures'] as const
const DESK_MADE = { articles: 'a-', case_lessons: 'c-' } as const

export const contentTowns = (firstTown: string) => ({
  async up(db: Kysely<any>): Promise<void> {
    for (const table of TABLES) await db.schema.alterTable(table).addColumn('town', 'text').execute()
    for (const [table, prefix] of Object.entries(DESK_MADE))
      await db
        .updateTable(table)
        .set({ town: firstTown })
        .where('id', 'like', `${prefix}%`)
        .where(sql`length(id)`, '=', prefix.length + 16)
        .execute()
    for (const table of ['campaigns', 'exposures']) await db.updateTable(table).set({ town: firstTown }).execute()
  },

  async down(db: Kysely<any>): Promise<void> {
    // Going back would show a town's own articles, campaigns and exposures in every town: only the first town's may go back.
    for (const table of TABLES) {
      const owned = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where town is not null and town <> ${firstTown}`.execute(db)
      if (Number(owned.rows[0].n) > 0) throw new Error(`${table} 里有属于别的镇（街道）的内容，不能退回到内容分镇之前：请先删掉它们，或交给区里。`)
    }
    for (const table of TABLES) await db.schema.alterTable(table).dropColumn('town').execute()
  }
})
