import { render } from '@testing-library/react'
import { checkAdvert } from '../../src/core/ad-check/engine'
import { CheckResultView } from '../../src/features/ad-check/components/check-result'

describe('广告体检 verdict', () => {
  it('says the level and how many signs in words, with no score that reads like a school mark', () => {
    const text = '原始股内部认购，明年即将上市，保本保息，年化收益 36%，名额有限先到先得！'
    const result = checkAdvert(text)
    expect(result.risk).toBe('high')
    render(<CheckResultView text={text} result={result} />)
    const verdict = document.querySelector('.check-result__risk') as HTMLElement
    expect(verdict).toHaveTextContent(`高风险：发现 ${result.flags.length} 个危险信号`)
    expect(verdict.textContent).not.toMatch(/分/)
  })

  it('a text with no signs says 低风险 and counts nothing', () => {
    const text = '鸡蛋每斤 4.5 元，买多少付多少'
    render(<CheckResultView text={text} result={checkAdvert(text)} />)
    expect(document.querySelector('.check-result__risk')).toHaveTextContent(/^低风险$/)
  })
})
