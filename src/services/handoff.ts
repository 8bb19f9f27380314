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

/**
 * A tip's organisation, from the tip desk to a new exposure entry, when the
 * office decides to publish that name. Kept in memory, never in storage: a
 * name read from a tip must not be left on the desk computer's disk.
 */
let exposureName: string | null = null

export function leaveForExposureForm(name: string): void {
  exposureName = name
}

export function takeExposureFormName(): string | null {
  const name = exposureName
  exposureName = null
  return name
}
