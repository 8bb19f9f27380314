import Taro from '@tarojs/taro'
import { ask } from './feedback'
import { saveInBrowser } from './browser-download'
import { errorText } from './media'
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

/** A card's size in pixels and the id of the `CardCanvas` its page renders for it (WeChat draws on that). */
export interface CardCanvasSpec {
  id: string
  width: number
  height: number
}

export interface CardImage {
  canvas: CardCanvasSpec
  draw: (ctx: Ctx2D) => void
  /** The name of the downloaded file in a browser; WeChat saves to the album and names it itself. */
  fileName: string
  /** How else to keep the content when no picture can be made or saved (a screenshot, writing it down). */
  otherwise: string
}

/**
 * Sets the largest font, from `size` down, at which every text is at most
 * `maxWidth` wide: a town name, a flag label or a group of receipt digits can
 * be wider than the card at the size wanted.
 */
export function fitFont(ctx: Ctx2D, texts: string[], maxWidth: number, size: number, weight = '', family = 'sans-serif'): void {
  let px = size
  const set = () => void (ctx.font = `${weight} ${px}px ${family}`.trim())
  set()
  while (px > 20 && texts.some((text) => ctx.measureText(text).width > maxWidth)) {
    px -= 2
    set()
  }
}

/** Writes one line centred on `x`, shrunk to at most `maxWidth` wide. */
export function fitText(ctx: Ctx2D, text: string, x: number, y: number, maxWidth: number, size: number, weight = '', family = 'sans-serif'): void {
  fitFont(ctx, [text], maxWidth, size, weight, family)
  ctx.textAlign = 'center'
  ctx.fillText(text, x, y)
}

interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): Ctx2D
}

/** The 2D canvas node of the page's `<Canvas type="2d" id=...>`, its drawing buffer sized to the card. */
function canvasNode(id: string, width: number, height: number, otherwise: string): Promise<CanvasNode> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: ({ node?: CanvasNode } | null)[]) => {
        const node = res?.[0]?.node
        if (!node) return reject(new Error(`没能生成图片，${otherwise}`))
        node.width = width
        node.height = height
        resolve(node)
      })
  })
}

// What saveImageToPhotosAlbum says when the resident refused the album, now or before.
const ALBUM_REFUSED = /auth deny|auth denied|authorize no response/

/**
 * Saves to the album; if the resident refused album access, offers to open
 * the settings and tries once more when they turn it on there. If they do
 * not, says how else to keep the picture.
 */
async function saveToAlbum(filePath: string, otherwise: string): Promise<void> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    return
  } catch (err) {
    if (!ALBUM_REFUSED.test(errorText(err))) throw err
  }
  const confirm = await ask({
    title: '需要相册权限',
    content: '保存图片要先允许“添加到相册”。现在去设置里打开吗？',
    confirmText: '去设置',
    cancelText: '不用了'
  })
  if (confirm) {
    const { authSetting } = await Taro.openSetting()
    if (authSetting['scope.writePhotosAlbum']) return void (await Taro.saveImageToPhotosAlbum({ filePath }))
  }
  throw new Error(`没有相册权限，图片没能保存。${otherwise}`)
}

/**
 * Draws a card on the phone and keeps it as a picture: in WeChat, on the
 * page's 2D canvas component, exported and saved to the album after the
 * privacy prompt; in a browser, downloaded as a PNG. Nothing drawn leaves the
 * phone for this. Used by the tip receipt and the quiz result, so both save
 * the same way.
 */
export async function saveCardImage({ canvas: { id, width, height }, draw, fileName, otherwise }: CardImage): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const canvas = await canvasNode(id, width, height, otherwise)
    draw(canvas.getContext('2d'))
    // The whole buffer, pixel for pixel, so the picture is exactly what was drawn.
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as unknown as Taro.Canvas, x: 0, y: 0, width, height, destWidth: width, destHeight: height })
    await askPrivacy(`您没有同意隐私保护指引，图片没能存到相册。${otherwise}`)
    await saveToAlbum(tempFilePath, otherwise)
    return
  }
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error(`这个浏览器不能生成图片，${otherwise}`)
  draw(ctx)
  saveInBrowser(canvas.toDataURL('image/png'), fileName)
}
