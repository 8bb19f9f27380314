import Taro from '@tarojs/taro'

/**
 * Passing text to a tab page (which takes no URL parameters): the checker
 * leaves the advert for the tip form, which takes it once and clears it.
 */
const KEY = 'handoff:tip-text'

export function leaveForTipForm(text: string): void {
  Taro.setStorageSync(KEY, text)
}

export function takeTipFormText(): string | null {
  const text: unknown = Taro.getStorageSync(KEY)
  if (typeof text !== 'string' || !text) return null
  Taro.removeStorageSync(KEY)
  return text
}
