import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// Content belongs to a town or to the whole district (town null). Everything
// written before is the district's, as its authors' accounts became the
// district's: in a one-town deployment it is still shown to everyone, and in
// a district every town sees it. A town's office writes its own from now on.
const TABLES = ['articles', 'case_lessons', 'campaigns', 'exposures'] as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).addColumn('town', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  // Going back would show a town's own articles, campaigns and exposures in every town.
  for (const table of TABLES) {
    const owned = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where town is not null`.execute(db)
    if (Number(owned.rows[0].n) > 0) throw new Error(`${table} 里有属于某个镇（街道）的内容，不能退回到内容分镇之前：请先删掉它们，或交给区里。`)
  }
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('town').execute()
}
