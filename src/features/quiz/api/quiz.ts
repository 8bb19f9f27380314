import Taro from '@tarojs/taro'
import type { Board } from '../../../core/quiz'
import type { ResidentQuestion, RoundResult } from '../../../core/quiz-item'
import { ApiError, fetchJson, postJson, type Fetched } from '../../../services/http'
import { useResource } from '../../../services/use-resource'

/** A question as a round shows it: the same shape the server draws (see core/quiz-item). */
export type Question = ResidentQuestion
export type { RoundResult }
/** One question's result: each in a round's result, or alone when checked during a round drawn with feedback. */
export type QuestionResult = RoundResult['results'][number]

export interface Round {
  roundId: string
  expiresAt: string
  seconds: number
  /** The campaign tells right or wrong after each question: the resident checks each answer, which then cannot change. */
  feedback: boolean
  questions: Question[]
}

const PLAYER_KEY = 'quiz:player'

/** A random id for this phone only: counts its rounds for the board, tells nobody who it is. */
function player(): string {
  const existing: unknown = Taro.getStorageSync(PLAYER_KEY)
  if (typeof existing === 'string' && existing.length >= 16) return existing
  const id = Array.from({ length: 24 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('')
  Taro.setStorageSync(PLAYER_KEY, id)
  return id
}

export const startRound = (persona: string, village: string) => postJson<Round>('/api/quiz/rounds', { persona, village, player: player() })
export const checkAnswer = (roundId: string, questionId: string, optionIds: string[]) =>
  postJson<QuestionResult>(`/api/quiz/rounds/${roundId}/questions/${encodeURIComponent(questionId)}/check`, { optionIds })
export const submitRound = (roundId: string, answers: { questionId: string; optionIds: string[] }[]) => postJson<RoundResult>(`/api/quiz/rounds/${roundId}/answers`, { answers })

/** The running campaign's board, or null outside a campaign (the server's 404 no_campaign): a state to explain, not a failure. */
const getBoard = (): Promise<Fetched<Board | null>> =>
  fetchJson<Board>('/api/quiz/board').catch((err: unknown) => {
    if (err instanceof ApiError && err.code === 'no_campaign') return { data: null }
    throw err
  })

export const useBoard = () => useResource(getBoard, [])
