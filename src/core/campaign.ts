/**
 * The publicity month (宣传月) as residents see it. Days are Beijing dates;
 * a campaign runs from the start of its first day to the end of its last.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import type { ArticleSummary, CaseSummary } from './reading-types'

dayjs.extend(utc)

/** The national June campaign's name since 2025; the office may give its month a name of its own. */
export const NATIONAL_MONTH = '防范非法金融活动宣传月'

export const campaignName = (c: Pick<Campaign, 'name'>): string => c.name.trim() || NATIONAL_MONTH

export interface Campaign {
  id: string
  /** The office's own name for the month; '' for the national one. */
  name: string
  theme: string
  startsOn: string
  endsOn: string
  bannerImageId: string | null
  slogans: string[]
  articles: ArticleSummary[]
  cases: CaseSummary[]
}

const DAY_MS = 24 * 3600 * 1000

/** The instant a Beijing day begins. */
export const beijingDayStart = (day: string): number => dayjs(`${day}T00:00:00+08:00`).valueOf()

/** Today's date in Beijing, YYYY-MM-DD. */
export const beijingToday = (now: Date): string =>
  dayjs(now)
    .utcOffset(8 * 60)
    .format('YYYY-MM-DD')

export type CampaignPhase = { phase: 'coming'; daysToStart: number } | { phase: 'running'; daysLeft: number; msLeft: number } | { phase: 'over' }

/** Where a campaign stands now: for the home banner's countdown and the coming notice. */
export function campaignPhase(c: Pick<Campaign, 'startsOn' | 'endsOn'>, now: Date): CampaignPhase {
  const start = beijingDayStart(c.startsOn)
  const end = beijingDayStart(c.endsOn) + DAY_MS
  const t = now.getTime()
  if (t < start) return { phase: 'coming', daysToStart: Math.ceil((start - t) / DAY_MS) }
  if (t < end) return { phase: 'running', daysLeft: Math.ceil((end - t) / DAY_MS), msLeft: end - t }
  return { phase: 'over' }
}

/** What the office edits about a campaign. */
export interface CampaignFields {
  /** '' for the national name. */
  name: string
  theme: string
  startsOn: string
  endsOn: string
  bannerImageId: string | null
  slogans: string[]
  articleIds: string[]
  caseIds: string[]
  /** The quiz's time limit during this campaign, in seconds. */
  quizSeconds: number
  /** Tell residents after each question whether they were right (每题答完就告诉对错); off by default. */
  quizFeedback: boolean
}

export interface CampaignRecord extends CampaignFields {
  id: string
  status: 'draft' | 'published'
  updatedAt: string
  /** The town whose office runs it, or null for the district's (run in every town). */
  town: string | null
  /** A district campaign the signed-in town's residents do not see (that town hid it); always false for the district's people. */
  hidden: boolean
}
