import Taro from '@tarojs/taro'
import { askPrivacy } from './privacy'

/**
 * Reads what the resident copied: in WeChat through its clipboard API after
 * the privacy prompt; in a browser through the page's clipboard permission
 * (Taro's H5 version only returns what the page itself copied).
 */
export async function readClipboard(): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    await askPrivacy('您没有同意隐私保护指引，所以不能读取剪贴板。')
    return (await Taro.getClipboardData()).data
  }
  return navigator.clipboard.readText()
}

/**
 * Copies text, and rejects when it was not copied. Taro's H5 version reports
 * success even when the browser refused (it ignores execCommand's answer),
 * and a resident told "copied" would not write their receipt down, so the
 * browser's own clipboard is asked there.
 */
export async function writeClipboard(text: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') return navigator.clipboard.writeText(text)
  await Taro.setClipboardData({ data: text })
}
