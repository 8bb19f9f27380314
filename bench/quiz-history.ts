/**
 * Writes a year of played quiz rounds straight into the SQLite file, with
 * the running figures those rounds would have produced: the data set the
 * scaling bench compares (10,000 rounds against 1,000,000). Rounds are
 * spread over 365 days, 30 villages, the 4 personas and a third as many
 * players as rounds, each round showing 5 published items.
 */
import SQLite from 'better-sqlite3'
import { beijingToday } from '../src/core/campaign'
import { PERSONAS } from '../src/core/quiz'
import { unguessableTimeOrderedId } from '../server/ids'

const DAYS = 365
const VILLAGES = Array.from({ length: 30 }, (_, i) => `第${i + 1}村`)
// The bench's server is the default one-town deployment: every round is its first town's.
const TOWN = 'xinkou'

/** The rows a round adds to, as the server keeps them (quiz/tally.ts): its own, its town's totals, and the district's (town ''). */
const slices = (village: string, persona: string) => [
  [TOWN, village, persona],
  [TOWN, village, ''],
  [TOWN, '', persona],
  [TOWN, '', ''],
  ['', '', persona],
  ['', '', '']
]

export function fillQuizHistory(file: string, rounds: number, now: Date): void {
  const db = new SQLite(file)
  db.pragma('busy_timeout = 5000')
  const items = db
    .prepare("select id, red_flags from quiz_items where status = 'published'")
    .all()
    .map((r) => ({ id: (r as { id: string }).id, flags: JSON.parse((r as { red_flags: string }).red_flags) as string[] }))
  const days = Array.from({ length: DAYS }, (_, i) => beijingToday(new Date(now.getTime() - (i + 1) * 86400000)))
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]

  const daily = new Map<string, number[]>()
  const itemDaily = new Map<string, number[]>()
  const flagDaily = new Map<string, number[]>()
  const participants = new Map<number, { village: string; day: string; best: number; ms: number }>()
  const add = (m: Map<string, number[]>, key: string, values: number[]) => {
    const s = m.get(key)
    if (s) values.forEach((v, i) => (s[i] += v))
    else m.set(key, [...values])
  }

  const insertRound = db.prepare(`insert into quiz_rounds (id, participant, persona, town, village, campaign_id, items, created_at, expires_at) values (?, ?, ?, '${TOWN}', ?, null, ?, ?, ?)`)
  const insertHandin = db.prepare('insert into quiz_handins (round_id, submitted_at, score, duration_ms, tally, counted) values (?, ?, ?, ?, \'{"items":[],"flags":[]}\', 1)')
  db.transaction(() => {
    for (let n = 0; n < rounds; n++) {
      const day = pick(days)
      const village = pick(VILLAGES)
      const persona = pick(PERSONAS).code
      const player = Math.floor(Math.random() * Math.max(1, rounds / 3))
      const shown = Array.from({ length: 5 }, () => pick(items))
      let score = 0
      for (const item of shown) {
        const right = Math.random() < 0.7
        if (right) score += 20
        add(itemDaily, `${day}|${item.id}`, [1, right ? 1 : 0])
        // Each in its village and persona and in its town's and the district's totals (see slices), as the server keeps them.
        for (const [t, v, p] of slices(village, persona)) for (const flag of item.flags) add(flagDaily, `${day}|${flag}|${t}|${v}|${p}`, [1, right ? 0 : 1])
      }
      const ms = 30000 + Math.floor(Math.random() * 120000)
      const p = participants.get(player)
      for (const [t, v, ps] of slices(village, persona)) add(daily, `${day}|${t}|${v}|${ps}`, [1, score, p ? 0 : 1])
      // As the server keeps them: a participant's row in 'all' is their first round, never updated.
      if (!p) participants.set(player, { village, day, best: score, ms })
      const at = `${day}T02:00:00.000Z`
      // Made like the server's round ids, so the tables' key order is the same.
      const id = unguessableTimeOrderedId(new Date(at))
      insertRound.run(id, `bench-player-${player}`, persona, village, JSON.stringify(shown.map((i) => ({ id: i.id, options: ['a', 'b'] }))), at, at)
      insertHandin.run(id, at, score, ms)
    }
    const write = (sql: string, rows: Iterable<unknown[]>) => {
      const statement = db.prepare(sql)
      for (const row of rows) statement.run(...row)
    }
    write(
      'insert into quiz_participants (scope, participant, village, day, rounds_today, best_score, best_ms) values (?, ?, ?, ?, 1, ?, ?)',
      [...participants].map(([player, p]) => ['all', `bench-player-${player}`, p.village, p.day, p.best, p.ms])
    )
    write(
      'insert into quiz_daily (day, town, village, persona, rounds, score_sum, new_participants) values (?, ?, ?, ?, ?, ?, ?)',
      [...daily].map(([k, v]) => [...k.split('|'), ...v])
    )
    write(
      'insert into quiz_item_daily (day, item_id, shown, correct) values (?, ?, ?, ?)',
      [...itemDaily].map(([k, v]) => [...k.split('|'), ...v])
    )
    write(
      'insert into quiz_flag_daily (day, flag, town, village, persona, shown, missed) values (?, ?, ?, ?, ?, ?, ?)',
      [...flagDaily].map(([k, v]) => [...k.split('|'), ...v])
    )
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}
