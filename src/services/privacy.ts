import Taro from '@tarojs/taro'

/**
 * WeChat's privacy flow: before the album, camera or clipboard is used, the
 * resident sees the mini-program's privacy guide and agrees. In a browser
 * there is no such flow and this resolves at once.
 */
export async function askPrivacy(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    await Taro.requirePrivacyAuthorize({})
  } catch {
    throw new Error('需要先同意隐私说明，才能选择照片。')
  }
}
