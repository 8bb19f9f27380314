import { formatReceipt, type CaseKind } from '../../../core/tips'
import { fitFont, fitText, saveCardImage, type CardCanvasSpec, type Ctx2D } from '../../../services/card-image'
import { RECEIPT_LAYOUT } from './receipt-layout'

const { width: W, height: H, margin: MARGIN, code } = RECEIPT_LAYOUT

/** The canvas the receipt card renders for the picture. */
export const RECEIPT_CANVAS: CardCanvasSpec = { id: 'receipt-card-canvas', width: W, height: H }

/** What to do when the receipt cannot be copied or saved as a picture: it must never be lost. */
export const KEEP_RECEIPT_OTHERWISE = '请截屏，或把回执码抄下来。'

/** What the receipt says about each kind of case: what was received, and where to come back with it. */
export const RECEIPT_WORDS: Record<CaseKind, { received: string; title: string; where: string; fileName: string }> = {
  tip: { received: '举报已收到，谢谢您！', title: '防范非法集资 · 举报回执', where: '凭此码在“举报”页查看进展、补充情况', fileName: '举报回执.png' },
  feedback: { received: '意见已收到，谢谢您！', title: '投诉建议回执', where: '凭此码在“我的 → 投诉建议”查看回复', fileName: '投诉建议回执.png' }
}

export function drawReceipt(ctx: Ctx2D, receipt: string, townName: string, kind: CaseKind): void {
  const words = RECEIPT_WORDS[kind]
  const line = (text: string, y: number, size: number, weight = '') => fitText(ctx, text, W / 2, y, W - 2 * MARGIN, size, weight)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, W, H)
  ctx.fillStyle = '#b3261e'
  ctx.fillRect(0, 0, W, 90)
  ctx.fillStyle = '#ffffff'
  line(`${townName}${words.title}`, 58, 36, 'bold')
  ctx.fillStyle = '#1f1f1f'
  // All 16 digits on one line, 4-4-4-4 like a phone number, each group in its own slot, as large as the slots allow.
  const groups = formatReceipt(receipt).split(' ')
  fitFont(ctx, groups, code.groupWidth, code.size, 'bold', 'monospace')
  ctx.textAlign = 'center'
  groups.forEach((group, i) => ctx.fillText(group, code.slots[i], code.baseline))
  ctx.fillStyle = '#555555'
  line(words.where, 290, 28)
  line('丢失后无法找回，请勿给他人看', 340, 28)
}

/** Saves the receipt as a picture the resident keeps; the receipt never leaves the phone for this. */
export function saveReceiptImage(receipt: string, townName: string, kind: CaseKind): Promise<void> {
  return saveCardImage({
    canvas: RECEIPT_CANVAS,
    draw: (ctx) => drawReceipt(ctx, receipt, townName, kind),
    fileName: RECEIPT_WORDS[kind].fileName,
    otherwise: KEEP_RECEIPT_OTHERWISE
  })
}
