import sharp from 'sharp'

/** The printed text of a flyer for an illegal fundraising scheme, as the OCR tests photograph it. */
export const FLYER_LINES = [
  '幸福康养投资项目',
  '保本保息，年化收益高达18%',
  '稳赚不赔，每月按时返利',
  '推荐一人加入奖励500元',
  '名额有限，先到先得',
  '政府支持项目，安全可靠',
  '到期还本，无任何风险',
  '咨询电话：13800000000',
  '地址：辛口镇幸福路18号',
  '现场签约赠送鸡蛋和食用油'
]

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/**
 * A printed flyer: its lines in Noto Sans CJK (fonts-noto-cjk) on off-white
 * paper, the first as a red headline, rendered from an SVG by sharp.
 */
export function flyer(lines: readonly string[] = FLYER_LINES, width = 1600, height = 1200): Promise<Buffer> {
  const size = Math.floor(Math.min(width / 22, (height * 0.8) / lines.length / 1.45))
  const step = Math.floor((height - size) / (lines.length + 0.5))
  const text = lines
    .map((line, i) => {
      const head = i === 0
      return `<text x="${Math.floor(width * 0.06)}" y="${step * (i + 1)}" font-family="Noto Sans CJK SC" font-weight="${head ? 'bold' : 'normal'}" font-size="${head ? Math.floor(size * 1.25) : size}" fill="${head ? '#c0161b' : '#222'}">${escape(line)}</text>`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f7f3e8"/>${text}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/**
 * The flyer as a phone photographs it on a table: turned a few degrees, out of
 * focus, lit unevenly, and saved as a JPEG of middling quality, the size the
 * phone sends (sizeType compressed).
 */
export async function photographed(printed: Buffer, { angle = 4, blur = 1.2, quality = 70 } = {}): Promise<Buffer> {
  // Turned and scaled first: sharp composites after resizing, so the light must be made at the final size.
  const turned = await sharp(printed).rotate(angle, { background: '#6b5a48' }).resize({ width: 1600, height: 1600, fit: 'inside' }).toBuffer({ resolveWithObject: true })
  const { width, height } = turned.info
  const light = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#9a9a9a"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`
  return sharp(turned.data)
    .composite([{ input: Buffer.from(light), blend: 'multiply' }])
    .blur(blur)
    .jpeg({ quality })
    .toBuffer()
}
