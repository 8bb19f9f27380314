import { render } from '@testing-library/react'
import { KeepWords } from '../../src/components/keep-words'

const NAME = '天津市12345政务服务便民热线'
const words = (container: HTMLElement) => [...container.querySelectorAll('.keep-words__word')].map((w) => w.textContent)

describe('KeepWords', () => {
  it('makes each word one unbreakable piece, so a narrow line breaks between words (便民 stays whole)', () => {
    const { container } = render(<KeepWords text={NAME} />)
    expect(container).toHaveTextContent(NAME)
    expect(words(container)).toEqual(['天津市', '12345', '政务', '服务', '便民', '热线'])
  })

  it('leaves the text as it is on a webview without a segmenter, where one piece would run off a narrow screen', () => {
    const { Segmenter } = Intl
    try {
      // @ts-expect-error an old webview's Intl has no Segmenter
      delete Intl.Segmenter
      const { container } = render(<KeepWords text={NAME} />)
      expect(container).toHaveTextContent(NAME)
      expect(words(container)).toEqual([])
    } finally {
      Object.assign(Intl, { Segmenter })
    }
  })
})
