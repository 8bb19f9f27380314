import type { Ctx2D } from '../../src/services/card-image'

/** One fillText call: what was written, where, and how wide the context measured it at that moment. */
export interface Written {
  text: string
  x: number
  y: number
  font: string
  textAlign: CanvasTextAlign
  fillStyle: string
  width: number
}

/** A 2D context that records what is written, measuring one em per character at the current size (wide, like Chinese). */
export function fakeContext() {
  const texts: Written[] = []
  const rects: [number, number, number, number][] = []
  const ctx: Ctx2D = {
    fillStyle: '',
    font: '',
    textAlign: 'start',
    fillRect: (...r) => void rects.push(r),
    fillText: (text, x, y) => void texts.push({ text, x, y, font: ctx.font, textAlign: ctx.textAlign, fillStyle: String(ctx.fillStyle), width: ctx.measureText(text).width }),
    measureText: (text) => ({ width: text.length * Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 10) })
  }
  return { ctx, texts, rects }
}

/** WeChat's Canvas node of a `<canvas type="2d">`: a 300 x 150 drawing buffer until resized, and its 2D context. */
export function fakeCanvasNode() {
  const { ctx, texts, rects } = fakeContext()
  return { width: 300, height: 150, getContext: (type: string) => (type === '2d' ? ctx : null), texts, rects }
}
export type FakeCanvasNode = ReturnType<typeof fakeCanvasNode>
