import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

/**
 * WeChat's privacy flow, the documented way: the app registers
 * `onNeedPrivacyAuthorization` once, and WeChat calls it whenever a privacy
 * API (album, camera, clipboard, `requirePrivacyAuthorize`) is used before the
 * resident agreed. The API waits until the app's own popup (`PrivacyPopup`,
 * hosted by every page's `Screen`) answers through `resolve`. In a browser
 * there is no such flow.
 */

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void

/** The agree button's id: WeChat checks that this very button (open-type agreePrivacyAuthorization) was tapped. */
export const AGREE_BUTTON_ID = 'agree-btn'

// Each waiting API has its own resolve; one answer from the resident settles them all.
let waiting: Resolve[] = []
const watchers = new Set<() => void>()
const changed = () => watchers.forEach((fn) => fn())

/** Registers the app's popup with WeChat; called once at app start. Base libraries before 2.32.3 have no flow. */
export function listenForPrivacyRequests(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    // The popup shows as soon as the request is known, so this is when the platform is told it was seen.
    resolve({ event: 'exposureAuthorization' })
    waiting.push(resolve)
    changed()
  })
}

/** The resident's answer in the popup: the waiting privacy APIs go on (agree) or fail (disagree). */
export function answerPrivacy(agreed: boolean): void {
  const resolves = waiting
  waiting = []
  changed()
  for (const resolve of resolves) resolve(agreed ? { buttonId: AGREE_BUTTON_ID, event: 'agree' } : { event: 'disagree' })
}

const subscribe = (fn: () => void) => {
  watchers.add(fn)
  return () => void watchers.delete(fn)
}

/** Whether a privacy API is waiting for the resident's answer (the popup is shown while it is). */
export const usePrivacyRequest = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => waiting.length > 0,
    () => false
  )

/**
 * Makes sure the resident agreed to the privacy guide before a privacy API is
 * used: resolves at once if they agreed before (or in a browser), otherwise
 * after they agree in the popup; rejects with `refused` (plain Chinese, says
 * what is not possible now) when they disagree.
 */
export function askPrivacy(refused: string): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve()
  // No promise form exists (Taro passes the call straight to wx), so the callbacks are wrapped here.
  return new Promise((resolve, reject) => {
    Taro.requirePrivacyAuthorize({
      success: () => resolve(),
      fail: () => reject(new Error(refused))
    })
  })
}
