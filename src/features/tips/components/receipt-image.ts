import { formatReceipt } from '../../../core/tips'
import { saveCardImage, type Ctx2D } from '../../../services/card-image'

const W = 720
const H = 420

function drawReceipt(ctx: Ctx2D, receipt: string, townName: string): void {
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

/** Saves the receipt as a picture the tipster keeps; the receipt never leaves the phone for this. */
export function saveReceiptImage(receipt: string, townName: string): Promise<void> {
  return saveCardImage({
    width: W,
    height: H,
    draw: (ctx) => drawReceipt(ctx, receipt, townName),
    fileName: '举报回执.png',
    noCanvasMessage: '这个浏览器不能生成图片，请抄下或复制回执码。'
  })
}
