/**
 * What a quiz result card says: the score, how many were right, and one line
 * a resident takes away — the red flag they most need to watch, or praise.
 */
import type { RedFlag } from './red-flags'

export interface ReviewedAnswer {
  correct: boolean
  redFlags: RedFlag[]
  /** The texts of right options the resident did not pick (for a flags item, the flag labels they missed). */
  missedOptionTexts: string[]
}

/**
 * The red flag missed most often in a round. In a flags item only the flags
 * the resident left unpicked count (their option text is the flag's label);
 * any other wrong answer means every flag of that advert went unseen. Ties go
 * to the flag met first, so the line follows the order of the questions.
 */
export function flagToWatch(answers: ReviewedAnswer[]): RedFlag | null {
  const tally = new Map<string, { flag: RedFlag; misses: number }>()
  for (const a of answers) {
    if (a.correct) continue
    const named = a.redFlags.filter((f) => a.missedOptionTexts.includes(f.label))
    for (const flag of named.length > 0 ? named : a.redFlags) {
      const entry = tally.get(flag.code) ?? { flag, misses: 0 }
      entry.misses += 1
      tally.set(flag.code, entry)
    }
  }
  let best: { flag: RedFlag; misses: number } | null = null
  for (const entry of tally.values()) if (!best || entry.misses > best.misses) best = entry
  return best?.flag ?? null
}

export interface ResultCard {
  townName: string
  score: number
  total: number
  right: number
  questions: number
  /** The one line to take away: praise for a full score, else the flag to watch. */
  takeaway: string
}

export function resultCard(townName: string, score: number, total: number, answers: ReviewedAnswer[]): ResultCard {
  const right = answers.filter((a) => a.correct).length
  const flag = flagToWatch(answers)
  const takeaway = right === answers.length && answers.length > 0 ? '全部答对！骗子的套路您都认得出' : flag ? `最要当心：${flag.label}` : '多看看以案说法，守好钱袋子'
  return { townName, score, total, right, questions: answers.length, takeaway }
}
