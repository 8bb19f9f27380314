import type { Db } from '../../db/database'
import type { WriteTurn } from '../../db/write-turn'
import { timeOrderedIdBound } from '../../ids'

/** Rounds looked at per step: each statement holds the connection (on SQLite, the event loop too) for about a millisecond. */
const STEP = 200
/** How long a round never handed in is kept after its draw: a hand-in is refused after at most 10 minutes and 15 seconds (600 s, the longest limit, plus the grace). */
const UNANSWERED_MS = 24 * 3600000
const DAY_MS = 86400000

/**
 * Deletes quiz rounds nobody needs any more. A round never handed in goes a
 * day after its draw. A handed-in round goes with its hand-in `keepDays`
 * after its draw, once counted: the running figures (the board, each
 * participant's best, the daily counts) already hold what it added, and
 * nothing reads it again. A hand-in not yet counted is never deleted (the
 * counting thread claims only `counted = 0`, and this deletes only
 * `counted = 1`, so the two cannot race), nor is its round, which the
 * counter reads with it.
 *
 * Round ids sort by draw time (`unguessableTimeOrderedId`), so an age is a
 * range of the key, walked a step at a time: the work is the rounds to
 * delete, not the rounds kept.
 */
export class QuizRetention {
  /** Rounds drawn before this bound have already been checked for a hand-in by this process (at start, none). */
  private checked = ''

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly keepDays: number,
    private readonly turn: WriteTurn
  ) {}

  /** Returns how many rounds were deleted. */
  async purge(): Promise<number> {
    const at = this.now()
    const old = timeOrderedIdBound(new Date(at.getTime() - this.keepDays * DAY_MS))
    const unanswered = timeOrderedIdBound(new Date(at.getTime() - UNANSWERED_MS))
    let deleted = await this.sweep('', old, at, true)
    // Rounds drawn since the last purge are checked for a hand-in once, not every hour for `keepDays`.
    deleted += await this.sweep(this.checked > old ? this.checked : old, unanswered, at, false)
    if (unanswered > this.checked) this.checked = unanswered
    return deleted
  }

  /** Deletes what is no longer needed among the rounds drawn between two bounds: with `handedIn`, counted hand-ins and their rounds too. */
  private async sweep(from: string, to: string, at: Date, handedIn: boolean): Promise<number> {
    let deleted = 0
    let after = from
    for (;;) {
      const rows = await this.db.selectFrom('quiz_rounds').select('id').where('id', '>', after).where('id', '<', to).orderBy('id').limit(STEP).execute()
      if (rows.length === 0) return deleted
      const ids = rows.map((r) => r.id)
      deleted += await this.turn.run(() =>
        this.db.transaction().execute(async (trx) => {
          if (handedIn) await trx.deleteFrom('quiz_handins').where('round_id', 'in', ids).where('counted', '=', 1).execute()
          // A round goes only once it has no hand-in left, so one still to be counted keeps its round.
          const { numDeletedRows } = await trx
            .deleteFrom('quiz_rounds')
            .where('id', 'in', ids)
            .where('expires_at', '<', at.toISOString())
            .where(({ not, exists, selectFrom }) => not(exists(selectFrom('quiz_handins').select('round_id').whereRef('quiz_handins.round_id', '=', 'quiz_rounds.id'))))
            .executeTakeFirst()
          return Number(numDeletedRows)
        })
      )
      if (rows.length < STEP) return deleted
      after = ids[ids.length - 1]
    }
  }
}
