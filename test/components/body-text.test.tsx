import { render, screen } from '@testing-library/react'
import { BodyText } from '../../src/components/body-text'

describe('BodyText', () => {
  it('highlights marked words with the red flag they show', () => {
    render(<BodyText source={'> 本公司[[保本保息|guaranteed]]，快来投资'} />)
    expect(screen.getByText('保本保息')).toHaveClass('body-text__flag-words')
    expect(screen.getByText('⚑承诺保本、无风险')).toBeInTheDocument()
  })

  it('names each red flag once in a run of text, and only highlights its later words', () => {
    const { container } = render(<BodyText source={'> 入股[[年年分红|mutual_aid]]，[[保本|guaranteed]]，再[[分红|mutual_aid]]'} />)
    expect([...container.querySelectorAll('.body-text__flag-words')].map((e) => e.textContent)).toEqual(['年年分红', '保本', '分红'])
    expect([...container.querySelectorAll('.body-text__flag-label')].map((e) => e.textContent)).toEqual(['⚑互助社、入股分红', '⚑承诺保本、无风险'])
  })

  it('shows markup a writer typed by mistake as text, never as HTML', () => {
    const { container } = render(<BodyText source={'<img src=x onerror="alert(1)">'} />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeInTheDocument()
  })
})
