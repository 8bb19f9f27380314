/**
 * What an uploaded picture really is, read from its first bytes before any
 * decoder sees it. Only what a phone camera or a screenshot produces gets
 * through; SVG, TIFF, PDF and the rest that the image library could also
 * decode (an SVG can declare a 16000×16000 canvas in 168 bytes) never reach it.
 */
export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'heic'

const startsWith = (data: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b)
const ascii = (data: Buffer, from: number, to: number) => data.subarray(from, to).toString('latin1')

// ISO base media brands of HEIF pictures (an iPhone's HEIC, Android's HEIF).
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'])

export function sniffPicture(data: Buffer): PictureFormat | null {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP') return 'webp'
  if (ascii(data, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(data, 8, 12))) return 'heic'
  return null
}
