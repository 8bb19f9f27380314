import Taro from '@tarojs/taro'

/** What to tell the resident about a failure: the server's (Chinese) message, or a plain fallback. */
export const messageOf = (err: unknown, fallback = '操作失败，请稍后再试。'): string => (err instanceof Error && err.message ? err.message : fallback)

/** A short notice at the bottom of the screen, long enough to read. */
export function say(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

export const sayError = (err: unknown, fallback?: string): void => say(messageOf(err, fallback))

/** The confirm button's colour: the app's red (the platform's default green is 2.3:1 on white, too faint to read). */
const CONFIRM_COLOR = '#b3261e'
const CANCEL_COLOR = '#333333'

/** A question in the platform's own dialog; true when the reader chose the confirm button. */
export async function ask(options: { title: string; content: string; confirmText: string; cancelText?: string }): Promise<boolean> {
  const { confirm } = await Taro.showModal({ ...options, showCancel: options.cancelText !== undefined, confirmColor: CONFIRM_COLOR, cancelColor: CANCEL_COLOR })
  return confirm
}
