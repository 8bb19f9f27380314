import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { FlagMarker } from '../../src/features/publishing/components/flag-marker'
import { LongText } from '../../src/features/publishing/components/long-text'

function Harness({ initial }: { initial: string }) {
  const [text, setText] = useState(initial)
  const [flags, setFlags] = useState<string[]>([])
  return (
    <>
      <LongText className='body' size='page' marked value={text} onChange={setText} maxLength={2000} disabled={false} />
      <FlagMarker text={text} onText={setText} flags={flags} onFlags={setFlags} />
      <output data-testid='text'>{text}</output>
      <output data-testid='flags'>{flags.join(',')}</output>
    </>
  )
}

// Taro's input answers the way the mini-program's does: the typed value comes in the event's detail.
const typeWords = (container: HTMLElement, words: string) => {
  const input = container.querySelector('.flag-marker__input .nut-input-native')
  if (!input) throw new Error(container.innerHTML)
  fireEvent(input, new CustomEvent('input', { detail: { value: words } }))
}

describe('FlagMarker', () => {
  it('marks copied words with the flag picked by its Chinese label, tags the item with it, and lists the mark by label', () => {
    const { container } = render(<Harness initial='预订床位，每年返利百分之十。' />)
    typeWords(container, '每年返利百分之十')
    fireEvent.click(screen.getByText('承诺高额或固定回报'))
    fireEvent.click(screen.getByText('标出这句话'))
    expect(screen.getByTestId('text')).toHaveTextContent('预订床位，[[每年返利百分之十|high_return]]。')
    expect(screen.getByTestId('flags')).toHaveTextContent('high_return')
    expect(container.querySelector('.flag-marker__mark')).toHaveTextContent('“每年返利百分之十”承诺高额或固定回报')
    // The text box shows the mark by its label, never its code, and an edit around it keeps the code.
    const box = container.querySelector('.body .nut-textarea-textarea')
    if (!box) throw new Error(container.innerHTML)
    expect(box.getAttribute('value')).toBe('预订床位，[[每年返利百分之十|承诺高额或固定回报]]。')
    fireEvent(box, new CustomEvent('input', { detail: { value: `${box.getAttribute('value')}名额有限。` } }))
    expect(screen.getByTestId('text')).toHaveTextContent('预订床位，[[每年返利百分之十|high_return]]。名额有限。')

    fireEvent.click(screen.getByText('取消标记'))
    expect(screen.getByTestId('text')).toHaveTextContent('预订床位，每年返利百分之十。名额有限。')
    expect(container.querySelector('.flag-marker__mark')).toBeNull()
  })

  it('says in Chinese what is missing or not found, and changes nothing', () => {
    const { container } = render(<Harness initial='预订床位。' />)
    typeWords(container, '每年返利')
    fireEvent.click(screen.getByText('标出这句话'))
    expect(screen.getByRole('alert')).toHaveTextContent('请点选这句话是哪一种危险信号。')
    fireEvent.click(screen.getByText('借养老名义揽钱'))
    fireEvent.click(screen.getByText('标出这句话'))
    expect(screen.getByRole('alert')).toHaveTextContent('正文里没找到这句原话')
    expect(screen.getByTestId('text')).toHaveTextContent('预订床位。')
    expect(screen.getByTestId('flags')).toBeEmptyDOMElement()
  })

  it('shows a mark of an unknown code as something to redo', () => {
    render(<Harness initial='[[稳赚|no_such_flag]]' />)
    expect(screen.getByText('不认识的标记，请取消后重新标出')).toBeInTheDocument()
  })
})
