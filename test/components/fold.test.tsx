import { fireEvent, render, screen } from '@testing-library/react'
import { Fold } from '../../src/components/fold'

describe('Fold', () => {
  it('opens and closes on its toggle, saying what it opens', () => {
    render(
      <Fold open='再说说钱数、人数和时间（可不填）' close='收起'>
        <div>大概涉及多少钱</div>
      </Fold>
    )
    expect(screen.queryByText('大概涉及多少钱')).toBeNull()
    const toggle = screen.getByRole('button')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    fireEvent.click(toggle)
    expect(screen.getByText('大概涉及多少钱')).toBeInTheDocument()
    expect(toggle).toHaveTextContent('收起')
  })
})
