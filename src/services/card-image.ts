import Taro from '@tarojs/taro'
import { saveInBrowser } from './browser-download'
import { askPrivacy } from './privacy'

/** The part of a 2D context both WeChat's canvas and the browser's provide, so one draw function serves both. */
export interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textAlign: CanvasTextAlign
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
}

export interface CardImage {
  width: number
  height: number
  draw: (ctx: Ctx2D) => void
  /** The name of the downloaded file in a browser; WeChat saves to the album and names it itself. */
  fileName: string
  /** What to tell the resident when the browser has no canvas, e.g. how else to keep the content. */
  noCanvasMessage: string
}

/**
 * Draws a card on the phone and keeps it as a picture: in WeChat, on an
 * offscreen canvas saved to the album after the privacy prompt; in a browser,
 * downloaded as a PNG. Nothing drawn leaves the phone for this. Used by the
 * tip receipt and the quiz result, so both save the same way.
 */
export async function saveCardImage({ width, height, draw, fileName, noCanvasMessage }: CardImage): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height }) as unknown as { getContext(t: '2d'): Ctx2D }
    draw(canvas.getContext('2d'))
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas } as unknown as Taro.canvasToTempFilePath.Option)
    await askPrivacy()
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error(noCanvasMessage)
  draw(ctx)
  saveInBrowser(canvas.toDataURL('image/png'), fileName)
}
