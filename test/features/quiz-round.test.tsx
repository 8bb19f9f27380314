import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Question, Round, RoundResult } from '../../src/features/quiz/api/quiz'
import { modalAnswer } from '../setup/taro-mock'
import Quiz from '../../src/pages/quiz/index'

/** A question as drawn: option ids a, b, c... in the order given. */
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
const SECONDS = 60

type Sent = { url: string; method: string; data?: { answers?: { questionId: string; optionIds: string[] }[] } }

/** Plays the server: draws the round above, and scores whatever is handed in as 20 per question answered. */
function serve(): Sent[] {
  const sent: Sent[] = []
  const round: Round = { roundId: 'round-1', expiresAt: new Date(Date.now() + SECONDS * 1000).toISOString(), seconds: SECONDS, feedback: false, questions }
  ;(Taro.request as jest.Mock).mockImplementation((req: Sent) => {
    sent.push(req)
    if (req.url.endsWith('/api/quiz/rounds')) return Promise.resolve({ statusCode: 200, data: round })
    if (req.url.endsWith('/api/quiz/rounds/round-1/answers')) {
      const answers = req.data?.answers ?? []
      const result: RoundResult = {
        score: answers.filter((a) => a.optionIds.length > 0).length * 20,
        total: questions.length * 20,
        results: answers.map((a) => ({ questionId: a.questionId, correct: a.optionIds.length > 0, points: 20, correctOptionIds: ['a'], explanation: '解析', redFlags: [] }))
      }
      return Promise.resolve({ statusCode: 200, data: result })
    }
    return Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有' } } })
  })
  return sent
}

const handIns = (sent: Sent[]) => sent.filter((r) => r.url.endsWith('/answers'))

/** Starts a round as a resident would and answers every question: 不是, two red flags, 是. */
async function answerAll(): Promise<void> {
  render(<Quiz />)
  fireEvent.click(screen.getByText('老年人'))
  await act(async () => fireEvent.click(screen.getByText('开始答题')))
  fireEvent.click(screen.getByText('床位 不是'))
  fireEvent.click(screen.getByText('下一题'))
  fireEvent.click(screen.getByText('承诺分红'))
  fireEvent.click(screen.getByText('拉人奖励'))
  fireEvent.click(screen.getByText('下一题'))
  fireEvent.click(screen.getByText('鸡蛋 是'))
}

const CHOSEN = [
  { questionId: 'quiz-pension', optionIds: ['b'] },
  { questionId: 'quiz-flags', optionIds: ['a', 'c'] },
  { questionId: 'quiz-eggs', optionIds: ['a'] }
]

describe('a quiz round', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-06-10T02:00:00Z') })
    Taro.clearStorageSync()
    ;(Taro.request as jest.Mock).mockReset()
  })
  afterEach(() => {
    jest.useRealTimers()
    modalAnswer.confirm = true
  })

  it('hands in the answers on screen when time runs out', async () => {
    const sent = serve()
    await answerAll()
    expect(screen.getByText('剩余 1:00')).toBeInTheDocument()
    expect(handIns(sent)).toHaveLength(0)
    const toast = Taro.showToast as jest.Mock
    toast.mockClear()

    // Half a minute before the end the resident is told, once, whatever they have scrolled to.
    await act(async () => jest.advanceTimersByTime((SECONDS - 30) * 1000))
    expect(toast.mock.calls.map(([o]: [{ title: string }]) => o.title)).toEqual(['还剩 30 秒，到时会自动交卷'])
    await act(async () => jest.advanceTimersByTime(30 * 1000))

    expect(handIns(sent).map((r) => r.data?.answers)).toEqual([CHOSEN])
    expect(await screen.findByText('60')).toHaveClass('quiz__score-number')
    expect(toast).toHaveBeenCalledTimes(1)
    expect(screen.getByText(/时间到了，已按您选好的答案自动交卷/)).toBeInTheDocument()
  })

  it('hands in once when the resident taps 交卷, and the clock running out after does not send it again', async () => {
    const sent = serve()
    await answerAll()
    await act(async () => jest.advanceTimersByTime(20 * 1000))
    await act(async () => fireEvent.click(screen.getByText('交卷')))
    expect(await screen.findByText('60')).toHaveClass('quiz__score-number')
    expect(screen.queryByText(/时间到了/)).toBeNull()

    await act(async () => jest.advanceTimersByTime(SECONDS * 1000))
    expect(handIns(sent).map((r) => r.data?.answers)).toEqual([CHOSEN])
  })

  it('asks before handing in a paper with blank questions: 继续答题 opens the first blank one, 交卷 sends it', async () => {
    const sent = serve()
    render(<Quiz />)
    fireEvent.click(screen.getByText('老年人'))
    await act(async () => fireEvent.click(screen.getByText('开始答题')))
    fireEvent.click(screen.getByText('床位 不是'))
    fireEvent.click(screen.getByText('下一题'))
    fireEvent.click(screen.getByText('下一题'))
    fireEvent.click(screen.getByText('鸡蛋 是'))
    const showModal = Taro.showModal as jest.Mock
    showModal.mockClear()

    modalAnswer.confirm = false
    await act(async () => fireEvent.click(screen.getByText('交卷')))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ content: '还有 1 题没答，确定交卷吗？', confirmText: '交卷', cancelText: '继续答题' }))
    expect(handIns(sent)).toHaveLength(0)
    expect(screen.getByText('第 2 / 3 题')).toBeInTheDocument()
    expect(screen.getByText('承诺分红')).toBeInTheDocument()

    modalAnswer.confirm = true
    fireEvent.click(screen.getByText('下一题'))
    await act(async () => fireEvent.click(screen.getByText('交卷')))
    expect(handIns(sent).map((r) => r.data?.answers)).toEqual([[CHOSEN[0], { questionId: 'quiz-flags', optionIds: [] }, CHOSEN[2]]])
    expect(await screen.findByText('40')).toHaveClass('quiz__score-number')
  })

  it('hands in a finished paper without asking', async () => {
    const sent = serve()
    await answerAll()
    ;(Taro.showModal as jest.Mock).mockClear()
    await act(async () => fireEvent.click(screen.getByText('交卷')))
    expect(Taro.showModal).not.toHaveBeenCalled()
    expect(handIns(sent)).toHaveLength(1)
  })
})
