import { query, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export interface QuizStats {
  rounds: number
  averageScore: number
  days: { day: string; rounds: number; newParticipants: number; averageScore: number }[]
  items: { itemId: string; prompt: string; shown: number; correctRate: number }[]
  flags: { flag: string; label: string; shown: number; missRate: number }[]
  byVillage: { name: string; rounds: number; averageScore: number }[]
  byPersona: { name: string; rounds: number; averageScore: number }[]
  /** The district's figures by town (codes); empty for one town's. */
  byTown: { name: string; rounds: number; averageScore: number }[]
}

export interface StatsFilter {
  from: string
  to: string
  /** A town's code, DISTRICT for the whole district by town, or none for the default town (a town's account always gets its own). */
  town?: string
  village?: string
  persona?: string
}

export const statsQuery = (f: StatsFilter) => query({ from: f.from, to: f.to, town: f.town, village: f.village, persona: f.persona })

export const useQuizStats = ({ from, to, town, village, persona }: StatsFilter) =>
  useResource(async () => ({ data: await staffApi<QuizStats>('GET', `/api/admin/quiz/stats${statsQuery({ from, to, town, village, persona })}`) }), [from, to, town, village, persona])
