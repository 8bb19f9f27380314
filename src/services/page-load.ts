import { say } from './feedback'

// webpack names a failed fetch of a page's script or style this way.
const isPageLoadFailure = (reason: unknown): boolean => reason instanceof Error && reason.name === 'ChunkLoadError'

/**
 * In the browser each page's code is fetched when it is first opened; with no
 * signal that fails and the tap seems to do nothing. Says so instead. (In
 * WeChat the tabs are in the main package and always open.)
 */
export function sayWhenAPageCannotLoad(): void {
  const tell = () => say('网络不好，这一页没能打开。请连上网再点一次。')
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
