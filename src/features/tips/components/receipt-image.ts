import Taro from '@tarojs/taro'
import { formatReceipt } from '../../../core/tips'
import { askPrivacy } from '../../../services/privacy'

const W = 720
const H = 420

// The part of a 2D context both WeChat's canvas and the browser's provide.
interface Ctx2D {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textAlign: CanvasTextAlign
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
}

function draw(ctx: Ctx2D, receipt: string, townName: string): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, W, H)
  ctx.fillStyle = '#b3261e'
  ctx.fillRect(0, 0, W, 90)
  ctx.fillStyle = '#ffffff'
  ctx.textAlign = 'center'
  ctx.font = 'bold 36px sans-serif'
  ctx.fillText(`${townName}防范非法集资 · 举报回执`, W / 2, 58)
  ctx.fillStyle = '#1f1f1f'
  ctx.font = 'bold 64px monospace'
  ctx.fillText(formatReceipt(receipt), W / 2, 210)
  ctx.fillStyle = '#555555'
  ctx.font = '28px sans-serif'
  ctx.fillText('凭此码在“举报”页查看进展、补充情况', W / 2, 290)
  ctx.fillText('丢失后无法找回，请勿给他人看', W / 2, 340)
}

/**
 * Saves the receipt as a picture the tipster keeps: to the phone's album in
 * WeChat (after the privacy prompt), as a downloaded PNG in a browser. It is
 * drawn on the phone; the receipt never leaves it for this.
 */
export async function saveReceiptImage(receipt: string, townName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const canvas = Taro.createOffscreenCanvas({ type: '2d', width: W, height: H }) as unknown as { getContext(t: '2d'): Ctx2D }
    draw(canvas.getContext('2d'), receipt, townName)
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas } as unknown as Taro.canvasToTempFilePath.Option)
    await askPrivacy()
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return
  }
  const canvas = document.createElement('canvas')
  canvas.width = W
  canvas.height = H
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('这个浏览器不能生成图片，请抄下或复制回执码。')
  draw(ctx, receipt, townName)
  const link = document.createElement('a')
  link.download = '举报回执.png'
  link.href = canvas.toDataURL('image/png')
  link.click()
}
