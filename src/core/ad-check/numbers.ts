/** Chinese numerals as adverts write them: 二十, 一百二十, 两, 三点五, 十二万. */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

// Bounded: no advert writes a number longer than this, and an unbounded run
// lets a pasted "一万一万一万…" cost time quadratic in its length. A number
// starts with a digit or 十: "缺点周转资金" holds no number at 点.
export const CN_NUMBER = '[〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万点]{0,11}'
export const NUMBER = `(?:\\d{1,12}(?:\\.\\d{1,6})?|${CN_NUMBER})`

function integer(text: string): number {
  let total = 0
  let section = 0
  let digit = 0
  // The unit just before the last digit: spoken "一百五" is 150 and "一万二" is 12,000, the digit counting in the next unit down.
  let unit = 1
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch]
    else if (ch in UNIT) {
      section += (digit || 1) * UNIT[ch]
      digit = 0
      unit = UNIT[ch]
    } else if (ch === '万') {
      total += (section + digit) * 10000
      section = 0
      digit = 0
      unit = 10000
    }
  }
  const last = text[text.length - 1]
  const abbreviated = last in DIGIT && unit >= 100 && text[text.length - 2] !== '零' && !(text[text.length - 2] in DIGIT)
  return total + section + (abbreviated ? (digit * unit) / 10 : digit)
}

/** The value of a number written with digits or Chinese numerals; NaN if it is neither. */
export function parseNumber(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
  const [whole, frac] = text.split('点')
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(whole)) return NaN
  const value = integer(whole)
  if (!frac) return value
  return Number(`${value}.${[...frac].map((c) => DIGIT[c] ?? '').join('')}`)
}
