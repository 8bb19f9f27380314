import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import AdCheck from '../../src/packages/check/index'
import { forgetCheckDraft } from '../../src/features/ad-check/hooks/use-draft'

const request = Taro.request as unknown as jest.Mock
const ADVERT = '养老项目保本保息，年化18%，推荐一人奖励500元'

const box = () => document.querySelector<HTMLElement & { componentOnReady?: () => Promise<unknown> }>('.ad-check__input textarea, .ad-check__input .nut-textarea-textarea')
const boxText = () => (box() as HTMLTextAreaElement | null)?.value || box()?.getAttribute('value')

describe('广告体检: the pasted text while the app is open', () => {
  beforeEach(() => {
    forgetCheckDraft()
    request.mockImplementation(async () => ({ statusCode: 200, data: { items: [], total: 0 } }))
    jest.spyOn(Storage.prototype, 'setItem')
  })
  afterEach(() => jest.restoreAllMocks())

  it('is still in the box, with its result, after leaving the page and coming back, and is never written to storage', async () => {
    await act(async () => render(<AdCheck />))
    const input = box()
    if (!input) throw new Error(document.body.innerHTML)
    await act(async () => void (await input.componentOnReady?.()))
    fireEvent(input, new CustomEvent('input', { detail: { value: ADVERT } }))
    await act(async () => fireEvent.click(screen.getByText('开始体检')))
    expect(screen.getByText('高风险')).toBeInTheDocument()
    // Leaving the page unmounts it; coming back mounts a new one.
    cleanup()
    await act(async () => render(<AdCheck />))
    expect(boxText()).toBe(ADVERT)
    expect(screen.getByText('高风险')).toBeInTheDocument()
    const stored = [...(Storage.prototype.setItem as jest.Mock).mock.calls, ...((Taro.setStorageSync as unknown as jest.Mock | undefined)?.mock?.calls ?? [])]
    expect(JSON.stringify(stored)).not.toContain('保本保息')
  })
})
