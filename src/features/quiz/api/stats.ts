import { query, staffApi } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

export interface QuizStats {
  rounds: number
  averageScore: number
  days: { day: string; rounds: number; newParticipants: number; averageScore: number }[]
  items: { itemId: string; shown: number; correctRate: number }[]
  flags: { flag: string; label: string; shown: number; missRate: number }[]
  byVillage: { name: string; rounds: number; averageScore: number }[]
  byPersona: { name: string; rounds: number; averageScore: number }[]
}

export const useQuizStats = (from: string, to: string) => useResource(async () => ({ data: await staffApi<QuizStats>('GET', `/api/admin/quiz/stats${query({ from, to })}`) }), [from, to])
