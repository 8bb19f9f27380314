import { fireEvent, render, screen } from '@testing-library/react'
import { CheckQuestion } from '../../src/features/cases/components/check-question'

const question = { prompt: '遇到“保本高息”该怎么办？', options: ['赶紧投', '先打热线问一问', '拉亲戚一起投'], answer: 1, explanation: '保本高息是非法集资的典型信号。' }

describe('CheckQuestion', () => {
  it('hides the explanation until the resident answers', () => {
    render(<CheckQuestion question={question} />)
    expect(screen.queryByText(question.explanation)).not.toBeInTheDocument()
  })

  it('shows the right answer and why after a wrong pick, and takes no second pick', () => {
    render(<CheckQuestion question={question} />)
    fireEvent.click(screen.getByText(/赶紧投/))
    expect(screen.getByText('正确答案是 B')).toBeInTheDocument()
    expect(screen.getByText(question.explanation)).toBeInTheDocument()
    fireEvent.click(screen.getByText(/先打热线问一问/))
    expect(screen.queryByText('答对了！')).not.toBeInTheDocument()
  })

  it('praises a right pick', () => {
    render(<CheckQuestion question={question} />)
    fireEvent.click(screen.getByText(/先打热线问一问/))
    expect(screen.getByText('答对了！')).toBeInTheDocument()
  })
})
