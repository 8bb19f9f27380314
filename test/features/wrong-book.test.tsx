import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Question } from '../../src/features/quiz/api/quiz'
import { recordRound, wrongBook } from '../../src/features/quiz/api/wrong-book'
import WrongBook from '../../src/packages/quiz/wrongbook/index'

const question = (id: string, text: string): Question => ({
  id,
  kind: 'judge',
  prompt: `${id} 是不是非法集资广告？`,
  advert: { source: '传单', text },
  options: [
    { id: 'a', text: '是' },
    { id: 'b', text: '不是' }
  ]
})
const flags = [{ code: 'high_return' as const, label: '承诺高额或固定回报' }]

describe('the wrong-answer book', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('keeps the marked advert and shows its red-flag words only after the resident checks again', () => {
    const q = question('新题', '入社存钱，月息三分')
    recordRound([q], {
      score: 0,
      total: 20,
      results: [{ questionId: q.id, correct: false, points: 0, correctOptionIds: ['a'], explanation: '月息三分是高息。', redFlags: flags, advert: '入社存钱，[[月息三分|high_return]]' }]
    })
    expect(wrongBook()[0].advert).toBe('入社存钱，[[月息三分|high_return]]')

    render(<WrongBook />)
    // Before checking, the advert reads as met: the marks would give the answer away.
    expect(screen.getByText('入社存钱，月息三分')).toBeInTheDocument()
    expect(document.querySelector('.body-text__flag-words')).toBeNull()
    fireEvent.click(screen.getByText('是'))
    fireEvent.click(screen.getByText('看看对不对'))
    expect(screen.getByText('月息三分')).toHaveClass('body-text__flag-words')
    expect(screen.getAllByText('⚑承诺高额或固定回报').length).toBeGreaterThan(0)
  })

  it('still shows an entry kept before adverts carried marks', () => {
    const q = question('旧题', '月息两分，保证不亏')
    Taro.setStorageSync('quiz:wrong-book', [{ question: q, correctOptionIds: ['a'], explanation: '解析', redFlags: flags, missedAt: 1 }])
    render(<WrongBook />)
    fireEvent.click(screen.getByText('是'))
    fireEvent.click(screen.getByText('看看对不对'))
    expect(screen.getByText('月息两分，保证不亏')).toBeInTheDocument()
    expect(screen.getByText('这次答对了！')).toBeInTheDocument()
    expect(document.querySelector('.body-text__flag-words')).toBeNull()
  })
})
