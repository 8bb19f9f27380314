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

  it('in a flags item tells apart, in words, a right pick, a wrong pick and a right answer left out', () => {
    const flags: Question = {
      id: 'quiz-coop-flags',
      kind: 'flags',
      prompt: '这条消息里有哪些危险信号？（多选）',
      advert: { source: '微信群', text: '入股合作社，年年分红，拉一人奖五百' },
      options: [
        { id: 'a', text: '承诺分红' },
        { id: 'b', text: '写明了风险' },
        { id: 'c', text: '拉人奖励' }
      ]
    }
    const scored: RoundResult = {
      score: 10,
      total: 20,
      results: [{ questionId: flags.id, correct: false, points: 10, correctOptionIds: ['a', 'c'], explanation: '分红加拉人头。', redFlags: [] }]
    }
    render(<RoundReview questions={[flags]} picks={{ [flags.id]: ['a', 'b'] }} result={scored} />)
    const option = (text: string) => screen.getByText(text).closest('.question-card__option')
    expect(option('承诺分红')).toHaveClass('is-right')
    expect(option('承诺分红')).toHaveTextContent('✓ 您选对了')
    expect(option('写明了风险')).toHaveClass('is-wrong')
    expect(option('写明了风险')).toHaveTextContent('✗ 选错了')
    expect(option('拉人奖励')).toHaveClass('is-missed')
    expect(option('拉人奖励')).toHaveTextContent('漏选了')
    expect(screen.getByText('部分答对（10 分）')).toBeInTheDocument()
  })

  it('says a question left blank was not answered, and shows its right answer', () => {
    render(<RoundReview questions={[question]} picks={{}} result={{ ...result, results: [result.results[0]] }} />)
    expect(screen.getByText('没有作答')).toBeInTheDocument()
    const right = screen.getByText('是，是非法集资广告').closest('.question-card__option')
    expect(right).toHaveClass('is-missed')
    expect(right).toHaveTextContent('正确答案')
    expect(screen.getByText('不是，是正常的宣传').closest('.question-card__option')).not.toHaveTextContent(/选/)
  })
})
