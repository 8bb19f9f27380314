/**
 * Days learned in a row, kept only on the resident's phone: reading an article
 * or a case lesson, or finishing a quiz round, counts for that Beijing day.
 * Nothing here is ever sent to the server.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { beijingToday } from './campaign'

dayjs.extend(utc)

export interface Streak {
  /** The last Beijing day something was learned: 2026-06-15. */
  last: string
  /** Days in a row, ending with `last`. */
  days: number
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** What storage gave back is a streak we wrote (a cleared or foreign value is none). */
export const isStreak = (v: unknown): v is Streak => typeof v === 'object' && v !== null && DAY.test(String((v as Streak).last)) && Number.isInteger((v as Streak).days) && (v as Streak).days > 0

const dayBefore = (day: string): string => dayjs.utc(day).subtract(1, 'day').format('YYYY-MM-DD')

/** The streak after learning something at `now`: counted once a day, one more after yesterday, from one again after a gap. */
export function learnedAt(prev: Streak | null, now: Date): Streak {
  const today = beijingToday(now)
  if (!prev) return { last: today, days: 1 }
  // The same day again, or a phone clock set back: nothing to count, nothing lost.
  if (prev.last >= today) return prev
  return { last: today, days: prev.last === dayBefore(today) ? prev.days + 1 : 1 }
}

/** Days in a row as of `now`: still standing today if the resident learned yesterday; gone after a day missed. */
export function streakDays(s: Streak | null, now: Date): number {
  if (!s) return 0
  const today = beijingToday(now)
  return s.last >= dayBefore(today) ? s.days : 0
}
