import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Question, QuestionResult, Round, RoundResult } from '../../src/features/quiz/api/quiz'
import Quiz from '../../src/pages/quiz/index'

const question = (id: string, kind: Question['kind'], text: string, options: string[]): Question => ({
  id,
  kind,
  prompt: `${text}：您怎么看？`,
  advert: { source: '传单', text },
  options: options.map((o, i) => ({ id: String.fromCharCode(97 + i), text: o }))
})
const questions = [
  question('quiz-pension', 'judge', '认购养老床位，每月返还一千元', ['床位 是', '床位 不是']),
  question('quiz-flags', 'flags', '入股合作社，年年分红，拉一人奖五百', ['承诺分红', '说明了风险', '拉人奖励']),
  question('quiz-eggs', 'judge', '鸡蛋每斤四块五', ['鸡蛋 是', '鸡蛋 不是'])
]
const RIGHT: Record<string, string[]> = { 'quiz-pension': ['a'], 'quiz-flags': ['a', 'c'], 'quiz-eggs': ['b'] }
const SECONDS = 60

type Sent = { url: string; method: string; data?: { optionIds?: string[]; answers?: { questionId: string; optionIds: string[] }[] } }

/**
 * Plays the server as the real one does for a round drawn with `feedback`: a
 * check judges the answer against the key above and locks it (a different
 * answer for a checked question is refused); the hand-in scores 20 a right answer.
 */
function serve(feedback: boolean, refuseChecks = false): Sent[] {
  const sent: Sent[] = []
  const locked = new Map<string, string[]>()
  const round: Round = { roundId: 'round-1', expiresAt: new Date(Date.now() + SECONDS * 1000).toISOString(), seconds: SECONDS, feedback, questions }
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x))
  const judge = (questionId: string, optionIds: string[]): QuestionResult => ({
    questionId,
    correct: same(optionIds, RIGHT[questionId]),
    points: same(optionIds, RIGHT[questionId]) ? 20 : 0,
    correctOptionIds: RIGHT[questionId],
    explanation: `${questionId} 的解析：保本高息就是危险信号`,
    redFlags: []
  })
  ;(Taro.request as jest.Mock).mockImplementation((req: Sent) => {
    sent.push(req)
    if (req.url.endsWith('/api/quiz/rounds')) return Promise.resolve({ statusCode: 200, data: round })
    const checked = /\/api\/quiz\/rounds\/round-1\/questions\/([^/]+)\/check$/.exec(req.url)
    if (checked) {
      if (!feedback) return Promise.resolve({ statusCode: 409, data: { error: { code: 'feedback_off', message: '这一轮要全部答完交卷后才能看对错。' } } })
      if (refuseChecks) return Promise.resolve({ statusCode: 410, data: { error: { code: 'round_expired', message: '答题时间已经过了，这一轮不计分。再来一轮吧！' } } })
      const id = decodeURIComponent(checked[1])
      const optionIds = req.data?.optionIds ?? []
      const before = locked.get(id)
      if (before && !same(before, optionIds)) return Promise.resolve({ statusCode: 409, data: { error: { code: 'answer_locked', message: '这道题已经对过答案了，答案不能再改。' } } })
      locked.set(id, optionIds)
      return Promise.resolve({ statusCode: 200, data: judge(id, optionIds) })
    }
    if (req.url.endsWith('/api/quiz/rounds/round-1/answers')) {
      const results = (req.data?.answers ?? []).map((a) => judge(a.questionId, locked.get(a.questionId) ?? a.optionIds))
      const result: RoundResult = { score: results.reduce((n, r) => n + r.points, 0), total: questions.length * 20, results }
      return Promise.resolve({ statusCode: 200, data: result })
    }
    return Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有' } } })
  })
  return sent
}

const checks = (sent: Sent[]) => sent.filter((r) => r.url.endsWith('/check'))
const handIns = (sent: Sent[]) => sent.filter((r) => r.url.endsWith('/answers'))
const option = (text: string) => screen.getByText(text).closest('[role]') as HTMLElement

async function start(): Promise<void> {
  render(<Quiz />)
  fireEvent.click(screen.getByText('老年人'))
  await act(async () => fireEvent.click(screen.getByText('开始答题')))
}

describe('a quiz round with feedback after each question', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-06-10T02:00:00Z') })
    Taro.clearStorageSync()
    ;(Taro.request as jest.Mock).mockReset()
    ;(Taro.showToast as jest.Mock).mockClear()
  })
  afterEach(() => jest.useRealTimers())

  it('checks an answer, shows right or wrong in words with the right option and the explanation, and keeps the answer locked', async () => {
    const sent = serve(true)
    await start()
    expect(screen.getByText(/本轮每题答完就告诉您对错/)).toBeInTheDocument()

    fireEvent.click(screen.getByText('床位 不是'))
    // An answer picked is checked before moving on.
    expect(screen.queryByText('下一题')).not.toBeInTheDocument()
    await act(async () => fireEvent.click(screen.getByText('确定，看对错')))

    expect(checks(sent).map((r) => [r.url.split('/questions/')[1], r.data?.optionIds])).toEqual([['quiz-pension/check', ['b']]])
    expect(screen.getByText('答错了')).toHaveClass('round-review__verdict')
    expect(option('床位 不是')).toHaveTextContent('✗ 选错了')
    expect(option('床位 是')).toHaveTextContent('正确答案')
    expect(screen.getByText('quiz-pension 的解析：保本高息就是危险信号')).toBeInTheDocument()

    // Tapping the right answer now changes nothing, and nothing is sent.
    fireEvent.click(screen.getByText('床位 是'))
    expect(option('床位 是')).toHaveAttribute('aria-checked', 'false')
    expect(option('床位 不是')).toHaveAttribute('aria-checked', 'true')
    expect(checks(sent)).toHaveLength(1)

    fireEvent.click(screen.getByText('下一题'))
    fireEvent.click(screen.getByText('承诺分红'))
    fireEvent.click(screen.getByText('拉人奖励'))
    await act(async () => fireEvent.click(screen.getByText('确定，看对错')))
    expect(screen.getByText('答对了')).toHaveClass('is-right')
    expect(option('拉人奖励')).toHaveTextContent('✓ 您选对了')

    // Going back shows the checked question with its verdict, still locked.
    fireEvent.click(screen.getByText('上一题'))
    expect(screen.getByText('答错了')).toBeInTheDocument()
    fireEvent.click(screen.getByText('下一题'))
    fireEvent.click(screen.getByText('下一题'))

    // The last one is answered and checked too, then handed in with the answers checked.
    fireEvent.click(screen.getByText('鸡蛋 不是'))
    await act(async () => fireEvent.click(screen.getByText('确定，看对错')))
    await act(async () => fireEvent.click(screen.getByText('交卷')))
    expect(handIns(sent).map((r) => r.data?.answers)).toEqual([
      [
        { questionId: 'quiz-pension', optionIds: ['b'] },
        { questionId: 'quiz-flags', optionIds: ['a', 'c'] },
        { questionId: 'quiz-eggs', optionIds: ['b'] }
      ]
    ])
    expect(await screen.findByText('40')).toHaveClass('quiz__score-number')
  })

  it('lets a question with no answer be skipped, and keeps an answer open when its check fails', async () => {
    const sent = serve(true, true)
    await start()
    // Nothing picked: no check to make, the resident can move on.
    expect(screen.queryByText('确定，看对错')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('下一题'))
    fireEvent.click(screen.getByText('承诺分红'))
    await act(async () => fireEvent.click(screen.getByText('确定，看对错')))
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '答题时间已经过了，这一轮不计分。再来一轮吧！' }))
    expect(screen.queryByText('答错了')).not.toBeInTheDocument()
    // Not checked, so not locked: the answer can still change, and be checked again.
    fireEvent.click(screen.getByText('拉人奖励'))
    expect(option('拉人奖励')).toHaveAttribute('aria-checked', 'true')
    await act(async () => fireEvent.click(screen.getByText('确定，看对错')))
    expect(checks(sent).map((r) => r.data?.optionIds)).toEqual([['a'], ['a', 'c']])
  })

  it('changes nothing when the campaign has it off: no check button, no checks sent', async () => {
    const sent = serve(false)
    await start()
    expect(screen.queryByText(/本轮每题答完就告诉您对错/)).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('床位 不是'))
    expect(screen.queryByText('确定，看对错')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('下一题'))
    expect(screen.getByText('第 2 / 3 题')).toBeInTheDocument()
    expect(checks(sent)).toHaveLength(0)
  })
})
