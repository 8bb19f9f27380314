import Taro from '@tarojs/taro'
import { HOTLINE_META, HOTLINE_TOWN_META, type Hotline } from '../core/reading-types'
import { fetchJson, savedCopy, type Fetched } from './http'
import { chosenTown } from './town-choice'
import { useResource } from './use-resource'

/**
 * The consultation hotline, wanted on home, 举报, 广告体检 and on any page a
 * shared link opens first, so it lives here rather than in one feature.
 */
const PATH = '/api/hotline'

export const getHotline = (town?: string): Promise<Fetched<Hotline>> => fetchJson(PATH, town)

/**
 * In the web version the server writes the hotline into the page it serves
 * (server/plugins/web.ts), so even a first visit has it. It is the hotline of
 * the town named beside it (else of the default town): a resident of another
 * town must not be shown it.
 */
function hotlineInPage(): Hotline | undefined {
  if (process.env.TARO_ENV !== 'h5') return undefined
  const town = chosenTown()
  const pageTown = document.querySelector(`meta[name="${HOTLINE_TOWN_META}"]`)?.getAttribute('content') ?? undefined
  if (town !== pageTown) return undefined
  const content = document.querySelector(`meta[name="${HOTLINE_META}"]`)?.getAttribute('content')
  try {
    return content ? (JSON.parse(content) as Hotline) : undefined
  } catch {
    return undefined
  }
}

/** The hotline without waiting for the network: from the page, else as this phone last saw it; shown from the first paint. */
export const knownHotline = (): Hotline | undefined => hotlineInPage() ?? savedCopy<Hotline>(PATH)?.data

export const useHotline = () => useResource(() => getHotline(), [], knownHotline)

/**
 * Rings a number: WeChat's own makePhoneCall in the mini-program. In a browser, Taro's makePhoneCall sets the page's
 * location.href to tel:, a navigation of the page itself: the browser fires beforeunload and starts leaving, and
 * Chromium, once that navigation to a phone app ends, may stop passing taps to the page (navigateTo after it did
 * nothing: 举报这条宣传 after the call). The dialler is opened from a window of its own instead, so the page never starts
 * to leave; only where that window is refused (a popup blocker) does the page itself go to tel:.
 */
export function callHotline(phone: string): void {
  if (process.env.TARO_ENV === 'h5') {
    if (!window.open(`tel:${phone}`)) window.location.href = `tel:${phone}`
    return
  }
  Taro.makePhoneCall({ phoneNumber: phone }).catch(() => {
    // Cancelling the system dialog rejects; nothing to tell the resident.
  })
}
