import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'

/**
 * Type size for elderly readers: the phone's own font setting, and on top of
 * it the in-app 大字 switch. Pages apply the result as the root font size and
 * every text size is in em, so one number scales the whole screen.
 */
const LARGE_KEY = 'pref:large-type'
const CHANGED = 'pref:large-type-changed'
const BASE_PX = 16

function systemScale(): number {
  try {
    // The phone's own type size, in px; only WeChat reports it.
    const setting = process.env.TARO_ENV === 'weapp' ? (Taro.getAppBaseInfo() as { fontSizeSetting?: number }).fontSizeSetting : BASE_PX
    return Math.min(Math.max((setting || BASE_PX) / BASE_PX, 1), 1.5)
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

/** Root font size in design px (750 = screen width) and the switch state. */
export function useTypeScale(): { px: number; large: boolean } {
  const [large, setLarge] = useState(isLargeType)
  useEffect(() => {
    const onChange = (on: boolean) => setLarge(on)
    Taro.eventCenter.on(CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(CHANGED, onChange)
    }
  }, [])
  const scale = systemScale() * (large ? 1.3 : 1)
  return { px: Math.round(34 * scale), large }
}
