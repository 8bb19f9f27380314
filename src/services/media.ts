import Taro from '@tarojs/taro'

/** The text of a platform error: WeChat rejects with `{ errMsg }`, other code with an Error. */
export const errorText = (err: unknown): string => String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? err)

/** Whether a platform error means the person closed the picker or refused, not that something broke. */
export const isCancel = (err: unknown): boolean => /cancel|取消/i.test(errorText(err))

/**
 * Pictures chosen from the album or taken with the camera (chooseMedia:
 * chooseImage is no longer maintained). Closing the picker is not an error:
 * it gives no pictures.
 */
export async function choosePictures(count: number, sourceType: ('album' | 'camera')[] = ['album', 'camera']): Promise<string[]> {
  try {
    const res = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType, sizeType: ['compressed'] })
    return res.tempFiles.map((f) => f.tempFilePath)
  } catch (err) {
    if (isCancel(err)) return []
    throw err
  }
}

/** Whether a platform error means the resident refused the camera (or album), now or before: the settings can turn it back on. */
export const isRefusal = (err: unknown): boolean => /auth deny|auth denied|authorize no response/i.test(errorText(err))

/**
 * One picture from the album or the camera, with its size in bytes (0 when
 * the platform does not say); null when the picker was closed.
 */
export async function chooseOnePicture(): Promise<{ path: string; size: number } | null> {
  try {
    const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    const file = res.tempFiles[0]
    return file ? { path: file.tempFilePath, size: file.size ?? 0 } : null
  } catch (err) {
    if (isCancel(err)) return null
    throw err
  }
}
