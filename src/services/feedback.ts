import Taro from '@tarojs/taro'

/** What to tell the resident about a failure: the server's (Chinese) message, or a plain fallback. */
export const messageOf = (err: unknown, fallback = '操作失败，请稍后再试。'): string => (err instanceof Error && err.message ? err.message : fallback)

/** A short notice at the bottom of the screen, long enough to read. */
export function say(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

export const sayError = (err: unknown, fallback?: string): void => say(messageOf(err, fallback))
