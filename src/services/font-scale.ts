import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

/**
 * Type size for elderly readers: the phone's own font setting, and on top of
 * it the in-app 大字 switch. Screen applies the result as the root font size
 * and every text size (NutUI's too, see app.scss) is in em, so one number
 * scales the whole screen.
 */
const LARGE_KEY = 'pref:large-type'
const CHANGED = 'pref:large-type-changed'
// iOS's body text at its standard setting; Android's standard is 16, and 17 reads better for our readers there too.
const BODY_PX = 17
const LARGE_FACTOR = 1.3
// Beyond this the phone's setting would leave room for two characters a line.
const MAX_SYSTEM_FACTOR = 1.5

/**
 * The factor of WeChat's own font size setting (我 → 设置 → 通用 → 字体大小),
 * 1 at its standard size on every phone; fontSizeSetting would be a size in px
 * whose standard differs (17 on iOS, 16 on Android). A browser reports none.
 */
function systemFactor(): number {
  try {
    const factor = Taro.getAppBaseInfo().fontSizeScaleFactor
    return typeof factor === 'number' && factor > 0 ? Math.min(Math.max(factor, 1), MAX_SYSTEM_FACTOR) : 1
  } catch {
    return 1
  }
}

export function isLargeType(): boolean {
  return Taro.getStorageSync(LARGE_KEY) === true
}

export function setLargeType(on: boolean): void {
  Taro.setStorageSync(LARGE_KEY, on)
  Taro.eventCenter.trigger(CHANGED, on)
}

/** The root font size in CSS px (the same on every screen width, unlike rpx) and the switch state. */
export function useTypeScale(): { px: number; large: boolean } {
  const [large, setLarge] = useState(isLargeType)
  useEffect(() => {
    const onChange = (on: boolean) => setLarge(on)
    Taro.eventCenter.on(CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(CHANGED, onChange)
    }
  }, [])
  // The browser build's tab bar lives outside every page: it follows 大字 through a class on the document (app.scss).
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('large-type', large)
  }, [large])
  return { px: Math.round(BODY_PX * systemFactor() * (large ? LARGE_FACTOR : 1)), large }
}
