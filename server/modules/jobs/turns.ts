import type { Db } from '../../db/database'

/**
 * Several API processes may share one database, each running the same
 * timers. A periodic job (the retention purges) runs in the one process that
 * claims its turn: the claim moves the job's last run forward only if a run is
 * due, in one conditional write, so among processes ticking at the same
 * moment exactly one wins (PostgreSQL re-checks the condition on the row it
 * locked; SQLite has one writer). A process that dies mid-run has used its
 * turn: the job runs again when the next one is due.
 */
export async function claimTurn(db: Db, job: string, at: Date, everyMs: number): Promise<boolean> {
  const key = `job:${job}`
  const never = new Date(0).toISOString()
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(never), updated_at: never })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  const claimed = await db
    .updateTable('settings')
    .set({ value: JSON.stringify(at.toISOString()), updated_at: at.toISOString() })
    .where('key', '=', key)
    .where('updated_at', '<=', new Date(at.getTime() - everyMs).toISOString())
    .executeTakeFirst()
  return Number(claimed.numUpdatedRows) === 1
}
