import { render, screen } from '@testing-library/react'
import { BodyText } from '../../src/components/body-text'

describe('BodyText', () => {
  it('highlights marked words with the red flag they show', () => {
    render(<BodyText source={'> 本公司[[保本保息|guaranteed]]，快来投资'} />)
    expect(screen.getByText('保本保息')).toHaveClass('body-text__flag-words')
    expect(screen.getByText('⚑承诺保本、无风险')).toBeInTheDocument()
  })

  it('shows markup a writer typed by mistake as text, never as HTML', () => {
    const { container } = render(<BodyText source={'<img src=x onerror="alert(1)">'} />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeInTheDocument()
  })
})
