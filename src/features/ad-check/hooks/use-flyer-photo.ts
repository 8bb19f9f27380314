import Taro from '@tarojs/taro'
import { ask } from '../../../services/feedback'
import { useState } from 'react'
import { ApiError } from '../../../services/http'
import { errorText, isCancel } from '../../../services/media'
import { askPrivacy } from '../../../services/privacy'
import { MAX_FLYER_BYTES, readFlyer, type FlyerText } from '../api/read-flyer'

const ALSO = '也可以直接粘贴或输入文字。'
const PRIVACY_REFUSED = `您没有同意隐私保护指引，所以现在不能拍照或选图。想识别传单，请再点一次并选“同意”；${ALSO}`
const CAMERA_REFUSED = `没有相机权限，没能拍照。可以点右上角“···”，进“设置”打开“相机”后再试，或从相册选图；${ALSO}`
const TOO_BIG = `这张照片太大了（超过 10 MB），请换一张或截图后再试；${ALSO}`
const NETWORK = `网络不太好，照片没能传上去，请稍后再试；${ALSO}`
const FAILED = `照片没能识别，请再试一次；${ALSO}`

/** Whether a platform error means the resident refused the camera, now or before: the settings can turn it back on. */
const isRefusal = (err: unknown): boolean => /auth deny|auth denied|authorize no response/i.test(errorText(err))

/** One picture with its size in bytes (0 when the platform does not say); null when the picker was closed. */
async function chooseOnePicture(): Promise<{ path: string; size: number } | null> {
  try {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    const file = res.tempFiles[0]
    return file ? { path: file.tempFilePath, size: file.size ?? 0 } : null
  } catch (err) {
    if (isCancel(err)) return null
    throw err
  }
}

/**
 * One picture from the album or the camera. Closing the picker gives none,
 * silently. A refused camera (now or before) is answered as WeChat documents
 * it: the settings page can turn it back on, so the resident is offered it,
 * and the picker opens again if they did.
 */
async function choose(): Promise<{ path: string; size: number } | null> {
  try {
    return await chooseOnePicture()
  } catch (err) {
    if (!isRefusal(err)) throw err
  }
  const confirm = await ask({
    title: '需要相机权限',
    content: '拍传单要先允许小程序使用相机。现在去设置里打开吗？',
    confirmText: '去设置',
    cancelText: '不用了'
  })
  if (confirm) {
    const { authSetting } = await Taro.openSetting()
    if (authSetting['scope.camera']) return chooseOnePicture()
  }
  throw new Error(CAMERA_REFUSED)
}

/**
 * What to say about a failed read: the server's own words (no text, too big,
 * busy), plain ones for the network, this page's own (privacy, camera), and
 * never a platform's or a program's English.
 */
function sayWhy(err: unknown): string {
  if (err instanceof ApiError) return err.code === 'network' ? NETWORK : err.message
  return err instanceof Error && /[\u4e00-\u9fff]/.test(err.message) ? err.message : FAILED
}

/**
 * 拍照或选图 for 广告体检: a photo of a flyer is read on the server and its
 * text handed to `onText`, for the resident to correct before the check.
 */
export function useFlyerPhoto(onText: (read: FlyerText) => void): { reading: boolean; error?: string; pick: () => Promise<void> } {
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string>()
  const pick = async () => {
    setError(undefined)
    try {
      await askPrivacy(PRIVACY_REFUSED)
      const photo = await choose()
      if (!photo) return
      if (photo.size > MAX_FLYER_BYTES) return setError(TOO_BIG)
      setReading(true)
      onText(await readFlyer(photo.path))
    } catch (err) {
      setError(sayWhy(err))
    } finally {
      setReading(false)
    }
  }
  return { reading, error, pick }
}
