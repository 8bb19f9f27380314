import { render, screen } from '@testing-library/react'
import type { Question, RoundResult } from '../../src/features/quiz/api/quiz'
import { RoundReview } from '../../src/features/quiz/components/round-review'

// A round as the phone holds it after handing in: the drawn advert is plain,
// the result carries the same advert with the office's marks.
const question: Question = {
  id: 'quiz-pension-bed-flyer',
  kind: 'judge',
  prompt: '这张传单是不是非法集资广告？',
  advert: { source: '传单', text: '认购养老床位，每月返还 1000 元，三年到期本金全退！\n联系人：王经理' },
  options: [
    { id: 'a', text: '是，是非法集资广告' },
    { id: 'b', text: '不是，是正常的宣传' }
  ]
}
const legit: Question = {
  id: 'quiz-rebate-supermarket-discount',
  kind: 'judge',
  prompt: '超市发的这张传单，是不是非法集资广告？',
  advert: { source: '传单', text: '鸡蛋每斤 4.5 元，买多少付多少' },
  options: question.options
}
const result: RoundResult = {
  score: 20,
  total: 40,
  results: [
    {
      questionId: question.id,
      correct: false,
      points: 0,
      correctOptionIds: ['a'],
      explanation: '借养老的名义许诺还本付息。',
      redFlags: [
        { code: 'high_return', label: '承诺高额或固定回报' },
        { code: 'guaranteed', label: '承诺保本、无风险' }
      ],
      advert: '认购养老床位，[[每月返还 1000 元|high_return]]，[[三年到期本金全退|guaranteed]]！\n联系人：王经理'
    },
    { questionId: legit.id, correct: true, points: 20, correctOptionIds: ['b'], explanation: '一手交钱一手交货。', redFlags: [], advert: '鸡蛋每斤 4.5 元，买多少付多少' }
  ]
}

describe('RoundReview', () => {
  it('shows the advert with the red-flag words highlighted and labelled', () => {
    render(<RoundReview questions={[question, legit]} picks={{ [question.id]: ['b'], [legit.id]: ['b'] }} result={result} />)
    expect(screen.getByText('每月返还 1000 元')).toHaveClass('body-text__flag-words')
    expect(screen.getByText('三年到期本金全退')).toHaveClass('body-text__flag-words')
    expect(screen.getAllByText('⚑承诺高额或固定回报')[0]).toHaveClass('body-text__flag-label')
    expect(screen.getAllByText('⚑承诺保本、无风险')[0]).toHaveClass('body-text__flag-label')
    // No raw mark syntax reaches the resident.
    expect(document.body.textContent).not.toContain('[[')
    expect(screen.getAllByText('黄色标出的字，就是这条广告里的危险信号')).toHaveLength(1)
    expect(screen.getByText('答错了')).toBeInTheDocument()
  })

  it('shows a legitimate advert plainly, with no highlight', () => {
    render(<RoundReview questions={[legit]} picks={{ [legit.id]: ['b'] }} result={result} />)
    expect(screen.getByText('鸡蛋每斤 4.5 元，买多少付多少')).not.toHaveClass('body-text__flag-words')
    expect(document.querySelector('.body-text__flag-words')).toBeNull()
  })

  it('shows the plain advert when the result has no marked copy (an old wrong-book entry)', () => {
    const { advert: _dropped, ...old } = result.results[0]
    render(<RoundReview questions={[question]} picks={{}} result={{ ...result, results: [old] }} />)
    expect(screen.getByText(/每月返还 1000 元，三年到期本金全退/)).toBeInTheDocument()
    expect(document.querySelector('.body-text__flag-words')).toBeNull()
  })
})
