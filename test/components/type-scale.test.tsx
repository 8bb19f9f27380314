import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { LargeTypeSwitch } from '../../src/components/large-type-switch'
import { Screen } from '../../src/components/screen'
import { setLargeType } from '../../src/services/font-scale'

const getAppBaseInfo = Taro.getAppBaseInfo as unknown as jest.Mock

/** The root type size a page gets, in px, for WeChat's font setting as wx.getAppBaseInfo reports it. */
function rootPx(info: { fontSizeSetting?: number; fontSizeScaleFactor?: number }): number {
  getAppBaseInfo.mockReturnValue(info)
  const { container, unmount } = render(<Screen>正文</Screen>)
  const px = parseFloat((container.querySelector('.screen') as HTMLElement).style.fontSize)
  unmount()
  return px
}

describe('the type size every page follows', () => {
  afterEach(() => {
    act(() => setLargeType(false))
    getAppBaseInfo.mockReset()
  })

  it('is 17 px at WeChat’s standard setting on iOS (17 px) and Android (16 px) alike', () => {
    expect(rootPx({ fontSizeSetting: 17, fontSizeScaleFactor: 1 })).toBe(17)
    expect(rootPx({ fontSizeSetting: 16, fontSizeScaleFactor: 1 })).toBe(17)
  })

  it('follows WeChat’s font size factor, never below the standard and at most 1.5 times it', () => {
    expect(rootPx({ fontSizeSetting: 20, fontSizeScaleFactor: 1.25 })).toBe(21)
    expect(rootPx({ fontSizeSetting: 14, fontSizeScaleFactor: 0.875 })).toBe(17)
    expect(rootPx({ fontSizeSetting: 34, fontSizeScaleFactor: 2 })).toBe(26)
    // A browser, or WeChat on a desk, reports no factor.
    expect(rootPx({})).toBe(17)
  })

  it('grows 1.3 times with 大字, on top of the phone’s setting, as soon as the switch is turned', () => {
    getAppBaseInfo.mockReturnValue({ fontSizeScaleFactor: 1.5 })
    const { container } = render(
      <Screen>
        <LargeTypeSwitch />
      </Screen>
    )
    const root = container.querySelector('.screen') as HTMLElement
    expect(root.style.fontSize).toBe('26px')
    act(() => {
      fireEvent.click(screen.getByText('大字'))
    })
    expect(root.style.fontSize).toBe('33px')
    expect(Taro.getStorageSync('pref:large-type')).toBe(true)
    // The browser build's tab bar, outside every page, follows through the document's class (app.scss).
    expect(document.documentElement.classList.contains('large-type')).toBe(true)
  })
})
