import { setTimeout as sleep } from 'node:timers/promises'
import { sql, type Transaction } from 'kysely'
import { LRUCache } from 'lru-cache'
import { beijingToday } from '../../../src/core/campaign'
import { COUNTED_ROUNDS_PER_DAY } from '../../../src/core/quiz'
import type { DbKind } from '../../db/connect'
import type { WriteTurn } from '../../db/write-turn'
import type { Database, Db } from '../../db/database'
import { jsonRows, type ColumnType } from '../../db/json-rows'
import { Coalesced } from '../../coalesced'

/** What a handed-in round adds to the running figures: each item right (1) or not, each red flag missed (1) or seen. */
export interface Tally {
  items: [string, number][]
  flags: [string, number][]
}

/** Where a campaign's round counts: the campaign in the town it was drawn in, so a district-wide campaign has a board per town. */
export const boardScope = (campaignId: string, town: string): string => `${campaignId}@${town}`

/** A handed-in round as the running figures need it. */
interface Played {
  round_id: string
  participant: string
  persona: string
  town: string
  village: string
  /** Where the round counts on a campaign's board (boardScope), or null outside a campaign. */
  scope: string | null
  submitted_at: string
  /** The Beijing day it was handed in. */
  day: string
  score: number
  duration_ms: number
  tally: Tally
}

/** Rounds added to the running figures per transaction, and the pause between such transactions. */
const TALLY_BATCH = 1000
const BATCH_PAUSE_MS = 3
/** How many participants the counter remembers as seen: a town's phones, many times over. */
const KNOWN_PARTICIPANTS = 100000

type Row = Record<string, string | number | null>

/**
 * Adds a batch of rows to a running table in one statement: a row that is
 * there already gets the new values added to (or, for `replace`, written
 * over) its columns.
 */
async function upsert(
  trx: Transaction<Database>,
  kind: DbKind,
  table: keyof Database,
  key: Record<string, ColumnType>,
  values: Record<string, ColumnType>,
  rows: Row[],
  mode: 'add' | 'replace'
): Promise<void> {
  if (rows.length === 0) return
  const columns = [...Object.keys(key), ...Object.keys(values)].map((c) => sql.id(c))
  const set = Object.keys(values).map((c) => (mode === 'add' ? sql`${sql.id(c)} = ${sql.id(table, c)} + excluded.${sql.id(c)}` : sql`${sql.id(c)} = excluded.${sql.id(c)}`))
  // "where true" keeps SQLite from reading "on conflict" as part of the select.
  await sql`insert into ${sql.id(table)} (${sql.join(columns)}) select ${sql.join(columns)} from ${jsonRows(kind, rows, { ...key, ...values })} as r where true
    on conflict (${sql.join(Object.keys(key).map((c) => sql.id(c)))}) do update set ${sql.join(set)}`.execute(trx)
}

/** Counts kept per name (red flag or item) within one slice: [shown, missed or right]. */
type Pairs = Map<string, [number, number]>

/** Adds what one round shows of each name (plain loops: this runs for every flag and item of every round counted). */
function addRound(into: Pairs, round: Tally['items'] | Tally['flags']): void {
  for (let i = 0; i < round.length; i++) {
    const [name, hit] = round[i]
    const sum = into.get(name)
    if (sum) {
      sum[0]++
      sum[1] += hit
    } else into.set(name, [1, hit])
  }
}

/** Adds one slice's counts to another's. */
function addPairs(into: Pairs, from: Pairs): void {
  for (const [name, [shown, hit]] of from) {
    const sum = into.get(name)
    if (sum) {
      sum[0] += shown
      sum[1] += hit
    } else into.set(name, [shown, hit])
  }
}

/** One day of one village and persona ('' for all of them). */
interface Slice {
  day: string
  /** '' for the district's totals. */
  town: string
  village: string
  persona: string
  rounds: number
  scoreSum: number
  newcomers: number
  flags: Pairs
}

/**
 * Increments to the running tables, summed over a batch so each row is
 * written once per commit. Rounds are added for their own village and
 * persona only; the totals over all villages and all personas ('') are
 * derived from those sums when the batch is written.
 */
class Totals {
  private readonly slices = new Map<string, Slice>()
  private readonly items = new Map<string, Pairs>()
  private readonly board = new Map<string, { scope: string; village: string; participants: number; scoreSum: number }>()

  /** The slice for a day, town, village and persona. NUL cannot occur in a village name (the route refuses control characters), so the joined key is unambiguous. */
  private slice(day: string, town: string, village: string, persona: string): Slice {
    const key = `${day}\u0000${town}\u0000${village}\u0000${persona}`
    let slice = this.slices.get(key)
    if (!slice) this.slices.set(key, (slice = { day, town, village, persona, rounds: 0, scoreSum: 0, newcomers: 0, flags: new Map() }))
    return slice
  }

  /** The sums of a batch of rounds; who is new and the campaign bests are added when the batch is written. */
  static of(rounds: Played[]): Totals {
    const totals = new Totals()
    for (const { day, town, village, persona, score, tally } of rounds) {
      const slice = totals.slice(day, town, village, persona)
      slice.rounds++
      slice.scoreSum += score
      addRound(slice.flags, tally.flags)
      let items = totals.items.get(day)
      if (!items) totals.items.set(day, (items = new Map()))
      addRound(items, tally.items)
    }
    return totals
  }

  /** A participant's first round ever. */
  newcomer({ day, town, village, persona }: Played): void {
    this.slice(day, town, village, persona).newcomers++
  }

  /** A participant's best in a campaign: a newcomer adds one participant, a better round the difference in score. */
  best(scope: string, village: string, participants: number, score: number): void {
    const key = `${scope}\u0000${village}`
    const row = this.board.get(key)
    if (row) {
      row.participants += participants
      row.scoreSum += score
    } else this.board.set(key, { scope, village, participants, scoreSum: score })
  }

  async write(trx: Transaction<Database>, kind: DbKind): Promise<void> {
    // The town's all-village and all-persona slices, and the district's (town '') by persona and in all, from the batch's own.
    for (const s of [...this.slices.values()]) {
      for (const [town, village, persona] of [
        [s.town, s.village, ''],
        [s.town, '', s.persona],
        [s.town, '', ''],
        ['', '', s.persona],
        ['', '', '']
      ]) {
        const total = this.slice(s.day, town, village, persona)
        total.rounds += s.rounds
        total.scoreSum += s.scoreSum
        total.newcomers += s.newcomers
        addPairs(total.flags, s.flags)
      }
    }
    const slices = [...this.slices.values()]
    const board = [...this.board.values()].map((b) => ({ scope: b.scope, village: b.village, participants: b.participants, score_sum: b.scoreSum }))
    const daily = slices.map((s) => ({ day: s.day, town: s.town, village: s.village, persona: s.persona, rounds: s.rounds, score_sum: s.scoreSum, new_participants: s.newcomers }))
    const items = [...this.items].flatMap(([day, pairs]) => [...pairs].map(([item, [shown, correct]]) => ({ day, item_id: item, shown, correct })))
    const flags = slices.flatMap((s) => [...s.flags].map(([flag, [shown, missed]]) => ({ day: s.day, flag, town: s.town, village: s.village, persona: s.persona, shown, missed })))
    await upsert(trx, kind, 'quiz_board', { scope: 'text', village: 'text' }, { participants: 'integer', score_sum: 'integer' }, board, 'add')
    await upsert(trx, kind, 'quiz_daily', { day: 'text', town: 'text', village: 'text', persona: 'text' }, { rounds: 'integer', score_sum: 'integer', new_participants: 'integer' }, daily, 'add')
    await upsert(trx, kind, 'quiz_item_daily', { day: 'text', item_id: 'text' }, { shown: 'integer', correct: 'integer' }, items, 'add')
    await upsert(trx, kind, 'quiz_flag_daily', { day: 'text', flag: 'text', town: 'text', village: 'text', persona: 'text' }, { shown: 'integer', missed: 'integer' }, flags, 'add')
  }
}

/**
 * Keeps the running figures (who is new, campaign bests and the board, the
 * per-day, per-item and per-flag counts) from the hand-ins, in batches. It
 * runs on a thread of its own with its own connection (see tally-thread.ts).
 */
export class Counter {
  /** Participants known to have been seen before (see `seenBefore`). */
  private readonly known = new LRUCache<string, true>({ max: KNOWN_PARTICIPANTS })
  private readonly counting = new Coalesced(async () => {
    // Between batches the turn is free for a few milliseconds (a batch is read and summed before its transaction
    // takes it): the server's quiz writes waiting for it (write-turn.ts) are woken as a batch ends and take it then.
    while ((await this.countBatch()) === TALLY_BATCH) await sleep(BATCH_PAUSE_MS)
  })

  constructor(
    private readonly db: Db,
    private readonly kind: DbKind,
    private readonly turn: WriteTurn
  ) {}

  /**
   * Adds every handed-in round not yet counted to the running figures;
   * rounds handed in but not counted before a crash are counted by the next call.
   */
  count(): Promise<void> {
    return this.counting.run()
  }

  /** Waits for a count that is running. */
  idle(): Promise<void> {
    return this.counting.idle()
  }

  /**
   * Counts up to TALLY_BATCH rounds; returns how many were read. SQLite has
   * one writer at a time, and every hand-in waits while this holds the lock,
   * so the reading and the arithmetic happen before the transaction: inside
   * it there are only the writes. The transaction first claims the rounds
   * (marks them counted where they were not), and counts only those it
   * claimed, so a round is never counted twice, even by two servers sharing
   * one PostgreSQL.
   */
  private async countBatch(): Promise<number> {
    const rows = await this.db
      .selectFrom('quiz_handins as h')
      .innerJoin('quiz_rounds as r', 'r.id', 'h.round_id')
      .select(['h.round_id', 'r.participant', 'r.persona', 'r.village', 'r.campaign_id', 'r.town', 'h.submitted_at', 'h.score', 'h.duration_ms', 'h.tally'])
      .where('h.counted', '=', 0)
      .orderBy('h.submitted_at')
      .limit(TALLY_BATCH)
      .execute()
    if (rows.length === 0) return 0
    // Beijing is a whole number of hours ahead of UTC, so the day follows from the hour: worked out once per hour, not per round.
    const days = new Map<string, string>()
    let rounds = rows.map((r): Played => {
      const hour = r.submitted_at.slice(0, 13)
      let day = days.get(hour)
      if (day === undefined) days.set(hour, (day = beijingToday(new Date(r.submitted_at))))
      const { round_id, participant, persona, town, village, submitted_at, score, duration_ms } = r
      const scope = r.campaign_id ? boardScope(r.campaign_id, town) : null
      return { round_id, participant, persona, town, village, scope, submitted_at, day, score, duration_ms, tally: JSON.parse(r.tally) as Tally }
    })
    let totals = Totals.of(rounds)
    const seen = await this.seenBefore(rounds)
    await this.turn.run(() =>
      this.db.transaction().execute(async (trx) => {
        const { rows: claimed } = await sql<{ round_id: string }>`update quiz_handins set counted = 1 from ${jsonRows(
          this.kind,
          rounds.map((r) => ({ id: r.round_id })),
          { id: 'text' }
        )} as c where quiz_handins.round_id = c.id and quiz_handins.counted = 0 returning quiz_handins.round_id`.execute(trx)
        if (claimed.length < rounds.length) {
          // Another counter got to some of them first: count only the rest.
          const ours = new Set(claimed.map((c) => c.round_id))
          rounds = rounds.filter((r) => ours.has(r.round_id))
          totals = Totals.of(rounds)
        }
        if (rounds.length > 0) await this.record(trx, rounds, totals, seen)
      })
    )
    // Committed: everyone counted now has a row.
    for (const { participant } of rounds) this.known.set(participant, true)
    return rows.length
  }

  /**
   * Participants of the batch seen in an earlier one. A participant's 'all'
   * row is never removed, so this is read before the write lock, and those
   * already met are remembered rather than looked up again.
   */
  private async seenBefore(rounds: Played[]): Promise<Set<string>> {
    const seen = new Set<string>()
    const unsure = new Set<string>()
    for (const { participant } of rounds) (this.known.get(participant) ? seen : unsure).add(participant)
    if (unsure.size === 0) return seen
    const rows = await this.db
      .selectFrom('quiz_participants')
      .select('participant')
      .where('scope', '=', 'all')
      .where(
        'participant',
        'in',
        sql<string>`(select participant from ${jsonRows(
          this.kind,
          [...unsure].map((participant) => ({ participant })),
          { participant: 'text' }
        )} as b)`
      )
      .execute()
    for (const { participant } of rows) {
      seen.add(participant)
      this.known.set(participant, true)
    }
    return seen
  }

  /**
   * Writes a claimed batch of handed-in rounds into the running figures, in
   * the order they were handed in: who is new (scope 'all' keeps only a
   * participant's first sighting), each campaign participant's best (read
   * once, written once per batch), the campaign board, and the per-day,
   * per-item and per-flag counts already summed in `totals`.
   */
  private async record(trx: Transaction<Database>, rounds: Played[], totals: Totals, seen: Set<string>): Promise<void> {
    const firsts = new Map<string, Played>()
    for (const round of rounds) if (!seen.has(round.participant) && !firsts.has(round.participant)) firsts.set(round.participant, round)
    if (firsts.size > 0) {
      // One statement both records newcomers and says who they are: one recorded meanwhile is not inserted, so not returned.
      const { rows: added } = await sql<{ participant: string }>`insert into quiz_participants (scope, participant, village, day, rounds_today, best_score, best_ms)
        select 'all', participant, village, day, 1, score, duration_ms from ${jsonRows(
          this.kind,
          [...firsts.values()].map(({ participant, village, day, score, duration_ms }) => ({ participant, village, day, score, duration_ms })),
          { participant: 'text', village: 'text', day: 'text', score: 'integer', duration_ms: 'integer' }
        )} as r where true on conflict (scope, participant) do nothing returning participant`.execute(trx)
      for (const { participant } of added) totals.newcomer(firsts.get(participant)!)
    }

    const keys = new Map<string, Row>()
    for (const round of rounds) if (round.scope) keys.set(`${round.scope}|${round.participant}`, { scope: round.scope, participant: round.participant })
    if (keys.size > 0) {
      const { rows: known } = await sql<Database['quiz_participants']>`select p.* from ${jsonRows(this.kind, [...keys.values()], { scope: 'text', participant: 'text' })} as k
        join quiz_participants p on p.scope = k.scope and p.participant = k.participant`.execute(trx)
      const state = new Map(known.map((p) => [`${p.scope}|${p.participant}`, { ...p }]))
      for (const round of rounds) {
        const { day, score, duration_ms: durationMs, scope } = round
        if (!scope) continue
        const key = `${scope}|${round.participant}`
        const p = state.get(key)
        if (!p) {
          state.set(key, { scope, participant: round.participant, village: round.village, day, rounds_today: 1, best_score: score, best_ms: durationMs })
          totals.best(scope, round.village, 1, score)
          continue
        }
        const roundsToday = p.day === day ? p.rounds_today + 1 : 1
        // In a campaign only the first rounds of a day count; the best is kept, ties go to the faster.
        const better = roundsToday <= COUNTED_ROUNDS_PER_DAY && (score > p.best_score || (score === p.best_score && durationMs < p.best_ms))
        if (better) totals.best(scope, p.village, 0, score - p.best_score)
        p.day = day
        p.rounds_today = roundsToday
        if (better) {
          p.best_score = score
          p.best_ms = durationMs
        }
      }
      await upsert(
        trx,
        this.kind,
        'quiz_participants',
        { scope: 'text', participant: 'text' },
        { village: 'text', day: 'text', rounds_today: 'integer', best_score: 'integer', best_ms: 'integer' },
        [...keys.keys()].map((k) => state.get(k)!),
        'replace'
      )
    }
    await totals.write(trx, this.kind)
  }
}
