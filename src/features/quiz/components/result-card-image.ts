import { resultCard, type ResultCard } from '../../../core/result-card'
import type { Question, RoundResult } from '../api/quiz'
import { fitText, saveCardImage, type CardCanvasSpec, type Ctx2D } from '../../../services/card-image'

// Portrait, so it fills a phone screen when a resident opens it from a chat.
export const CARD_W = 720
export const CARD_H = 960
const RED = '#b3261e'
const MARGIN = 60
/** The canvas the result page renders for the card. */
export const RESULT_CANVAS: CardCanvasSpec = { id: 'result-card-canvas', width: CARD_W, height: CARD_H }

/** One centred line within the margins, shrunk to fit: a town name or a flag label can be long. */
const line = (ctx: Ctx2D, text: string, y: number, size: number, weight = ''): void => fitText(ctx, text, CARD_W / 2, y, CARD_W - 2 * MARGIN, size, weight)

export function drawResultCard(ctx: Ctx2D, card: ResultCard): void {
  ctx.textAlign = 'center'
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, CARD_W, CARD_H)

  ctx.fillStyle = RED
  ctx.fillRect(0, 0, CARD_W, 200)
  ctx.fillStyle = '#ffffff'
  line(ctx, card.townName, 92, 56, 'bold')
  line(ctx, '防范非法集资 · 答题', 156, 38)

  ctx.fillStyle = '#555555'
  line(ctx, '我的成绩', 275, 34)
  // The number large and 分 small beside it, so the pair reads as one score and leaves room below.
  const score = String(card.score)
  ctx.font = 'bold 170px sans-serif'
  const numberWidth = ctx.measureText(score).width
  ctx.font = 'bold 56px sans-serif'
  const unitWidth = ctx.measureText(' 分').width
  const left = (CARD_W - numberWidth - unitWidth) / 2
  ctx.fillStyle = RED
  ctx.textAlign = 'left'
  ctx.font = 'bold 170px sans-serif'
  ctx.fillText(score, left, 445)
  ctx.font = 'bold 56px sans-serif'
  ctx.fillText(' 分', left + numberWidth, 445)
  ctx.textAlign = 'center'
  ctx.fillStyle = '#555555'
  line(ctx, `满分 ${card.total} 分`, 505, 30)
  ctx.fillStyle = '#1f1f1f'
  line(ctx, `答对 ${card.right}/${card.questions} 题`, 595, 54, 'bold')

  // The take-away line sits on the same yellow the app uses for marked red flags.
  ctx.fillStyle = '#fff0b3'
  ctx.fillRect(MARGIN - 20, 645, CARD_W - 2 * (MARGIN - 20), 110)
  ctx.fillStyle = '#8c1d18'
  line(ctx, card.takeaway, 715, 40, 'bold')

  ctx.fillStyle = RED
  ctx.fillRect(MARGIN, 805, CARD_W - 2 * MARGIN, 3)
  ctx.fillStyle = '#1f1f1f'
  line(ctx, '您也来试试，看能得几分！', 868, 38, 'bold')
  ctx.fillStyle = '#555555'
  line(ctx, '打开“防非宣传”小程序，点“答题”', 920, 30)
}

/** Saves the result card to the album (WeChat) or as a download (browser). */
export function saveResultImage(card: ResultCard): Promise<void> {
  return saveCardImage({
    canvas: RESULT_CANVAS,
    draw: (ctx) => drawResultCard(ctx, card),
    fileName: '答题成绩.png',
    otherwise: '可以直接截屏保存成绩。'
  })
}

/** The card for a handed-in round, from what the phone already has: the questions as shown, the picks, the results. */
export function toResultCard(townName: string, questions: Question[], picks: Record<string, string[]>, result: RoundResult): ResultCard {
  const answers = result.results.map((r) => {
    const options = questions.find((q) => q.id === r.questionId)?.options ?? []
    const picked = picks[r.questionId] ?? []
    const missedOptionTexts = r.correctOptionIds.filter((id) => !picked.includes(id)).map((id) => options.find((o) => o.id === id)?.text ?? '')
    return { correct: r.correct, redFlags: r.redFlags, missedOptionTexts }
  })
  return resultCard(townName, result.score, result.total, answers)
}
