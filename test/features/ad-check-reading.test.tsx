import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import AdCheck from '../../src/packages/check/index'
import { forgetCheckDraft } from '../../src/features/ad-check/hooks/use-draft'

const request = Taro.request as unknown as jest.Mock
const ARTICLE = (category: string) => ({
  id: `a-${category}`,
  title: `读一读：${category}`,
  summary: '这是一段很长的摘要，结果页上不用先读它。',
  category,
  publishedAt: '2026-06-01T00:00:00.000Z',
  town: null
})

describe('广告体检: reading offered after a result', () => {
  beforeEach(() => {
    forgetCheckDraft()
    request.mockImplementation(async (req: { url: string }) => {
      const category = /category=([a-z_]+)/.exec(req.url)?.[1]
      if (category) return { statusCode: 200, data: { items: [ARTICLE(category), ARTICLE(`${category}_more`)].slice(0, Number(/pageSize=(\d+)/.exec(req.url)?.[1] ?? 2)), total: 2 } }
      return { statusCode: 200, data: { items: [], total: 0 } }
    })
  })

  it('is one article per kind of sign, by its title alone, so a long result is not two screens longer', async () => {
    await act(async () => render(<AdCheck />))
    const input = document.querySelector<HTMLElement & { componentOnReady?: () => Promise<unknown> }>('.ad-check__input textarea, .ad-check__input .nut-textarea-textarea')
    if (!input) throw new Error(document.body.innerHTML)
    await act(async () => void (await input.componentOnReady?.()))
    fireEvent(input, new CustomEvent('input', { detail: { value: '养老项目保本保息，年化18%，推荐一人奖励500元' } }))
    await act(async () => fireEvent.click(screen.getByText('开始体检')))
    await screen.findAllByText(/读一读：/)
    const cards = [...document.querySelectorAll('.content-card')]
    expect(cards).toHaveLength(2)
    for (const c of cards) expect(c).toHaveClass('is-brief')
    expect(screen.queryByText(/很长的摘要/)).toBeNull()
    expect(screen.queryByText(/_more/)).toBeNull()
  })
})
