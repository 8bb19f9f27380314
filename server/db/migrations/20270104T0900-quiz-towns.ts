import { sql, type Kysely } from 'kysely'

// Frozen in time: this file never imports application code.
//
// A round is drawn in a town, so a district-wide campaign's board is counted
// per town: two towns with a village of the same name stay apart, and each
// town's total is its own. Rounds drawn before have no town: they were the
// first town's, and its board still counts them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('quiz_rounds').addColumn('town', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from quiz_rounds where town is not null`.execute(db)
  if (Number(rows[0].n) > 0) throw new Error('已经有按镇（街道）记下的答题，不能退回到这之前：退回后各镇的答题榜会对不上。')
  await db.schema.alterTable('quiz_rounds').dropColumn('town').execute()
}
