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
