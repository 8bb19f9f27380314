import Taro from '@tarojs/taro'
import { say } from './feedback'

// webpack names a failed fetch of a page's script or style this way.
const isPageLoadFailure = (reason: unknown): boolean => reason instanceof Error && reason.name === 'ChunkLoadError'

/**
 * In the browser each page's code is fetched when it is first opened; with no
 * signal that fails and the tap seems to do nothing. Says so instead. (In
 * WeChat the tabs are in the main package and always open.)
 */
export function sayWhenAPageCannotLoad(): void {
  const tell = () => backToTheTabOnScreen(() => say('网络不好，这一页没能打开。请连上网再点一次。'))
  window.addEventListener('unhandledrejection', (e) => {
    if (!isPageLoadFailure(e.reason)) return
    e.preventDefault()
    tell()
  })
  window.addEventListener('error', (e) => {
    if (!isPageLoadFailure(e.error)) return
    e.preventDefault()
    tell()
  })
}

/**
 * Taro moves the address, and with it the tab bar's highlight, before a
 * tab's code has arrived; when it does not arrive the old tab stays on screen
 * under another tab's highlight. Switching to the tab on screen puts both
 * where the reader is. (Tabs switch by replacing the history entry, so
 * stepping back in history would leave the app.)
 */
function backToTheTabOnScreen(then: () => void): void {
  const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find((p) => getComputedStyle(p).display !== 'none')
  const shownPath = shown?.id.split('?')[0]
  const addressPath = window.location.hash.slice(1).split('?')[0]
  if (!shownPath?.startsWith('/pages/') || shownPath === addressPath) return then()
  // A message shown while the router changes pages is cleared with the page: speak once it is done.
  void Taro.switchTab({ url: shownPath }).finally(then)
}

/**
 * The browser build's tab bar links are `javascript:;` anchors, which the
 * server's Content-Security-Policy rightly refuses to run: every tab tap logged
 * an error. The tab's own handler switches the page; the link has nothing to do.
 */
export function keepTabLinksQuiet(): void {
  document.addEventListener(
    'click',
    (e) => {
      const link = e.target instanceof Element ? e.target.closest('a[href^="javascript:"]') : null
      if (link) e.preventDefault()
    },
    true
  )
}
