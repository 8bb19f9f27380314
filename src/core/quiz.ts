/**
 * The quiz's rules, shared by the server (which scores) and the phone (which
 * shows): personas, what a round looks like, and how an answer is scored.
 */
export const PERSONAS = [
  { code: 'elder', label: '老年人' },
  { code: 'farmer', label: '务农' },
  { code: 'worker', label: '上班族' },
  { code: 'student', label: '学生' }
] as const

export type Persona = (typeof PERSONAS)[number]['code']

export const isPersona = (v: string): v is Persona => PERSONAS.some((p) => p.code === v)

export type QuizKind = 'judge' | 'flags' | 'choice'

export const QUESTIONS_PER_ROUND = 5
export const POINTS_PER_QUESTION = 20
/** During a campaign, the first this-many rounds of a day count for the board. */
export const COUNTED_ROUNDS_PER_DAY = 3

export interface QuizOption {
  id: string
  text: string
  correct: boolean
  /** For "which red flags" items: the flag this option names. */
  flag?: string
}

/**
 * Points for one answer, out of POINTS_PER_QUESTION. A single-answer item
 * is all or nothing. A "which red flags" item earns a share: (right picks −
 * wrong picks) ÷ number of right answers, never below zero; it counts as
 * correct only when exactly the right options are picked.
 */
export function scoreAnswer(kind: QuizKind, options: QuizOption[], picked: string[]): { points: number; correct: boolean } {
  // One pass, no arrays: the server scores every question of every hand-in.
  let right = 0
  let rightPicked = 0
  let wrongPicked = 0
  for (const o of options) {
    const chosen = picked.includes(o.id)
    if (o.correct) {
      right++
      if (chosen) rightPicked++
    } else if (chosen) wrongPicked++
  }
  const exact = rightPicked === right && wrongPicked === 0
  if (kind !== 'flags') return { points: exact ? POINTS_PER_QUESTION : 0, correct: exact }
  const share = Math.max(0, rightPicked - wrongPicked) / right
  return { points: Math.round(share * POINTS_PER_QUESTION), correct: exact }
}

export interface DrawCandidate {
  id: string
  category: string
  personas: string[]
}

/**
 * Picks a round: one item per disguise where it can (so a round is balanced
 * across disguises), items suited to the persona three times as likely.
 */
export function drawItems<T extends DrawCandidate>(pool: T[], persona: string, count: number, random: () => number): T[] {
  const left = [...pool]
  const picked: T[] = []
  const used = new Set<string>()
  while (picked.length < count && left.length > 0) {
    const fresh = left.filter((x) => !used.has(x.category))
    const from = fresh.length > 0 ? fresh : left
    const weights = from.map((x) => (x.personas.includes(persona) ? 3 : 1))
    let r = random() * weights.reduce((a, b) => a + b, 0)
    let i = 0
    while (r >= weights[i] && i < from.length - 1) r -= weights[i++]
    const choice = from[i]
    picked.push(choice)
    used.add(choice.category)
    left.splice(left.indexOf(choice), 1)
  }
  return picked
}

/** A fair shuffle, for the order options are shown in. */
export function shuffle<T>(xs: T[], random: () => number): T[] {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

export interface BoardFigures {
  participants: number
  averageScore: number
}

/** The campaign's participation board, as residents see it. */
export interface Board {
  campaignId: string
  /** The whole town: every resident who played, whatever village they gave. */
  total: BoardFigures
  /** Only the villages the office has listed (none until it does), most participants first. */
  villages: (BoardFigures & { village: string })[]
}
