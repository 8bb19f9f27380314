import { useEffect, useReducer } from 'react'
import { ask, sayError } from '../../../services/feedback'
import { noteLearning } from '../../../services/learning-streak'
import { checkAnswer, startRound, submitRound, type QuestionResult, type Round, type RoundResult } from '../api/quiz'
import { recordRound } from '../api/wrong-book'

/** The options picked so far, by question id. */
export type Picks = Record<string, string[]>

/**
 * Where a round stands: `drawing` and `handing-in` wait for the server;
 * `done` shows the result (and may draw again).
 */
export type RoundPhase = 'idle' | 'drawing' | 'answering' | 'handing-in' | 'done'

interface RoundState {
  phase: RoundPhase
  round: Round | null
  picks: Picks
  /** The question on screen. */
  index: number
  result: RoundResult | null
  /** Whole seconds left on the clock. */
  left: number
  /** The clock, not the resident, handed this paper in. */
  timedOut: boolean
  /** In a round drawn with feedback: each question checked so far, by id; its answer no longer changes. */
  checked: Record<string, QuestionResult>
  /** The answer on its way to be checked. */
  checking: { questionId: string; optionIds: string[] } | null
}

type RoundEvent =
  | { type: 'draw' }
  | { type: 'drawn'; round: Round }
  | { type: 'draw-failed' }
  | { type: 'pick'; questionId: string; optionIds: string[] }
  | { type: 'go'; index: number }
  | { type: 'tick'; left: number }
  | { type: 'check'; questionId: string }
  | { type: 'checked'; result: QuestionResult }
  | { type: 'check-failed' }
  | { type: 'hand-in' }
  | { type: 'handed-in'; result: RoundResult }
  | { type: 'hand-in-failed' }

const START: RoundState = { phase: 'idle', round: null, picks: {}, index: 0, result: null, left: 0, timedOut: false, checked: {}, checking: null }

/**
 * Every change to a round goes through here, so whatever asks for a step
 * (a tap, the clock) acts on the round as it is now, never on a copy taken
 * when the timer was set. A paper is handed in once: only from `answering`.
 */
function next(state: RoundState, event: RoundEvent): RoundState {
  switch (event.type) {
    case 'draw':
      return state.phase === 'drawing' || state.phase === 'handing-in' ? state : { ...state, phase: 'drawing' }
    case 'drawn':
      return { ...START, phase: 'answering', round: event.round, left: event.round.seconds }
    case 'draw-failed':
      return { ...state, phase: state.result ? 'done' : 'idle' }
    case 'pick':
      // A checked answer is locked (the server scores it whatever is sent), and one being checked waits for its verdict.
      if (state.phase !== 'answering' || state.checked[event.questionId] || state.checking?.questionId === event.questionId) return state
      return { ...state, picks: { ...state.picks, [event.questionId]: event.optionIds } }
    case 'check': {
      const optionIds = state.picks[event.questionId] ?? []
      const ready = state.phase === 'answering' && !state.checking && !state.checked[event.questionId] && optionIds.length > 0
      return ready ? { ...state, checking: { questionId: event.questionId, optionIds } } : state
    }
    case 'checked':
      return { ...state, checking: null, checked: { ...state.checked, [event.result.questionId]: event.result } }
    case 'check-failed':
      return { ...state, checking: null }
    case 'go':
      return state.round && event.index >= 0 && event.index < state.round.questions.length ? { ...state, index: event.index } : state
    case 'tick': {
      // Time up hands in the answers as they stand at this moment.
      const timeUp = event.left === 0 && state.phase === 'answering'
      return timeUp ? { ...state, left: event.left, phase: 'handing-in', timedOut: true } : { ...state, left: event.left }
    }
    case 'hand-in':
      return state.phase === 'answering' ? { ...state, phase: 'handing-in' } : state
    case 'handed-in':
      return { ...state, phase: 'done', result: event.result }
    case 'hand-in-failed':
      // Back to answering: the resident can tap 交卷 again, and a clock at zero tries again on its next tick.
      return { ...state, phase: 'answering' }
  }
}

/**
 * One quiz round from draw to result: the questions, the answers picked, the
 * clock, and handing in (by 交卷 or when time runs out) exactly the answers
 * on screen. The page only shows it.
 */
export function useQuizRound() {
  const [state, dispatch] = useReducer(next, START)
  const { phase, round, picks, checking } = state
  const open = phase === 'answering' || phase === 'handing-in'

  // One ticking clock while a round is open; it reports the time, `next` decides what time up means.
  useEffect(() => {
    if (!round || !open) return
    const end = Date.parse(round.expiresAt)
    const tick = () => dispatch({ type: 'tick', left: Math.max(0, Math.ceil((end - Date.now()) / 1000)) })
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [round, open])

  // Entering `handing-in` sends the paper; the answers cannot change while it is on its way.
  useEffect(() => {
    if (phase !== 'handing-in' || !round) return
    let mounted = true
    const answers = round.questions.map((q) => ({ questionId: q.id, optionIds: picks[q.id] ?? [] }))
    submitRound(round.roundId, answers).then(
      (result) => {
        recordRound(round.questions, result)
        noteLearning()
        if (mounted) dispatch({ type: 'handed-in', result })
      },
      (err: unknown) => {
        sayError(err, '没能交卷，请再试一次')
        if (mounted) dispatch({ type: 'hand-in-failed' })
      }
    )
    return () => {
      mounted = false
    }
  }, [phase, round, picks])

  // Entering `checking` sends that one answer; its verdict (and the right options) comes back to show at once.
  useEffect(() => {
    if (!checking || !round) return
    let mounted = true
    checkAnswer(round.roundId, checking.questionId, checking.optionIds).then(
      (result) => {
        if (mounted) dispatch({ type: 'checked', result })
      },
      (err: unknown) => {
        sayError(err, '没能对答案，请再点一次')
        if (mounted) dispatch({ type: 'check-failed' })
      }
    )
    return () => {
      mounted = false
    }
  }, [checking, round])

  const draw = async (persona: string, village: string) => {
    if (phase === 'drawing') return
    dispatch({ type: 'draw' })
    try {
      dispatch({ type: 'drawn', round: await startRound(persona, village) })
    } catch (err) {
      sayError(err, '没能开始，请检查网络')
      dispatch({ type: 'draw-failed' })
    }
  }

  // A blank answer scores nothing, so the resident hears how many are left before the paper goes; 继续答题 opens the first of them.
  const handIn = async () => {
    if (!round) return
    const blank = round.questions.findIndex((q) => (picks[q.id] ?? []).length === 0)
    if (blank >= 0) {
      const left = round.questions.filter((q) => (picks[q.id] ?? []).length === 0).length
      const confirm = await ask({ title: '还没答完', content: `还有 ${left} 题没答，确定交卷吗？`, confirmText: '交卷', cancelText: '继续答题' })
      if (!confirm) return dispatch({ type: 'go', index: blank })
    }
    dispatch({ type: 'hand-in' })
  }

  return {
    ...state,
    busy: phase === 'drawing' || phase === 'handing-in',
    draw,
    pick: (questionId: string, optionIds: string[]) => dispatch({ type: 'pick', questionId, optionIds }),
    go: (index: number) => dispatch({ type: 'go', index }),
    /** Checks the answer picked for a question (rounds drawn with feedback): right or wrong, the right options and why. */
    check: (questionId: string) => dispatch({ type: 'check', questionId }),
    handIn
  }
}

export type QuizRound = ReturnType<typeof useQuizRound>
