import type { Question, RoundResult } from '../../src/features/quiz/api/quiz'
import { CARD_H, CARD_W, drawResultCard, toResultCard } from '../../src/features/quiz/components/result-card-image'
import { fakeContext } from '../setup/fake-canvas'

const flagsQuestion: Question = {
  id: 'q-flags',
  kind: 'flags',
  prompt: '这条宣传里有哪些危险信号？',
  advert: { text: '稳赚不赔，每天收益 1%' },
  options: [
    { id: 'a', text: '承诺保本、无风险' },
    { id: 'b', text: '承诺高额或固定回报' },
    { id: 'c', text: '拉人头、发展下线' }
  ]
}
const judgeQuestion: Question = {
  id: 'q-judge',
  kind: 'judge',
  prompt: '是不是？',
  advert: { text: '月息三分' },
  options: [
    { id: 'a', text: '是' },
    { id: 'b', text: '不是' }
  ]
}
const result: RoundResult = {
  score: 30,
  total: 40,
  results: [
    {
      questionId: 'q-flags',
      correct: false,
      points: 10,
      correctOptionIds: ['a', 'b'],
      explanation: '',
      redFlags: [
        { code: 'guaranteed', label: '承诺保本、无风险' },
        { code: 'high_return', label: '承诺高额或固定回报' }
      ]
    },
    { questionId: 'q-judge', correct: false, points: 0, correctOptionIds: ['a'], explanation: '', redFlags: [{ code: 'high_return', label: '承诺高额或固定回报' }] }
  ]
}

describe('the quiz result card', () => {
  it('names the flag missed most: the unpicked flag of a flags item, and every flag of a wrong verdict', () => {
    const card = toResultCard('辛口镇', [flagsQuestion, judgeQuestion], { 'q-flags': ['a'], 'q-judge': ['b'] }, result)
    expect(card).toEqual({ townName: '辛口镇', score: 30, total: 40, right: 0, questions: 2, takeaway: '最要当心：承诺高额或固定回报' })
  })

  it('praises a full score', () => {
    const allRight = { ...result, score: 40, results: result.results.map((r) => ({ ...r, correct: true, points: 20 })) }
    expect(toResultCard('辛口镇', [flagsQuestion, judgeQuestion], { 'q-flags': ['a', 'b'], 'q-judge': ['a'] }, allRight).takeaway).toBe('全部答对！骗子的套路您都认得出')
  })

  it('draws the town, the score, how many were right, the flag line and the call to try', () => {
    const { ctx, texts, rects } = fakeContext()
    drawResultCard(ctx, { townName: '辛口镇', score: 80, total: 100, right: 4, questions: 5, takeaway: '最要当心：承诺保本、无风险' })
    const written = texts.map((t) => t.text)
    expect(written).toEqual(expect.arrayContaining(['辛口镇', '防范非法集资 · 答题', '80', ' 分', '答对 4/5 题', '最要当心：承诺保本、无风险', '您也来试试，看能得几分！']))
    // The background covers the whole card, so the saved picture has no transparent edges.
    expect(rects[0]).toEqual([0, 0, CARD_W, CARD_H])
  })

  it('shrinks a long line until it fits the card', () => {
    const { ctx, texts } = fakeContext()
    const townName = '某某县某某镇人民政府防范非法集资工作领导小组办公室'
    drawResultCard(ctx, { townName, score: 0, total: 100, right: 0, questions: 5, takeaway: '多看看以案说法，守好钱袋子' })
    const town = texts.find((t) => t.text === townName)!
    const px = Number(/(\d+)px/.exec(town.font)![1])
    expect(px).toBeLessThan(56)
    expect(townName.length * px).toBeLessThanOrEqual(CARD_W - 120)
  })
})
