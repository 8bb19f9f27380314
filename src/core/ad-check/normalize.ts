/**
 * Undoes the tricks adverts use to slip past word filters, while remembering
 * where every character came from, so a match in the cleaned text points at
 * the exact words (UTF-16 offsets) in what the resident pasted.
 *
 * - full-width letters and digits become plain ones, letters lower case;
 * - spaces, zero-width characters, emoji and decoration (* · ~ _ | / \ - …)
 *   are dropped, so "保 本 保 息" and "稳*赚" read as words again;
 * - sentence punctuation is kept: it bounds the clause a warning applies to.
 */
export interface Normalized {
  text: string
  /** For each UTF-16 unit of `text`: its start and end offsets in the original. */
  from: number[]
  to: number[]
}

const DROP = /[\s\u200b-\u200f\u2060\ufeff*·•~`'"“”‘’_|/\\\-—–=+^#@&<>()（）【】[\]{}「」『』〔〕《》…￥$:：]/u
const REGIONAL = /回酬/g
// Skin-tone modifiers get a class of their own: beside an emoji in one class they read as a modified emoji.
const SYMBOL = /[\p{Extended_Pictographic}\p{So}\p{Sk}\u{fe0f}]|[\u{1f3fb}-\u{1f3ff}]/u

export function normalize(original: string): Normalized {
  // Characters are collected in an array and joined once: reading back the
  // end of a growing string (to spot "2。35") would copy it every time.
  const out: string[] = []
  const from: number[] = []
  const to: number[] = []
  let i = 0
  for (const ch of original) {
    const start = i
    i += ch.length
    const code = ch.charCodeAt(0)
    // Most of a pasted advert is Chinese characters, which none of the rules below touch: kept as they are.
    if (code >= 0x4e00 && code <= 0x9fff) {
      out.push(ch)
      from.push(start)
      to.push(i)
      continue
    }
    let c = ch
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) c = ' '
    // A line break ends a clause, as a full stop does.
    if (c === '\n' || c === '\r') c = '。'
    // So does a heading's close (【反诈提醒】……): what follows is not the heading's clause.
    if (c === '】' && out.length > 0 && !/[。！？!?；;]/.test(out[out.length - 1])) c = '。'
    // "2。35%" typed on a Chinese keyboard is a decimal point.
    if (c === '。' && isDigit(out[out.length - 1]) && isDigit(original[i])) c = '.'
    if (DROP.test(c) || SYMBOL.test(c)) continue
    c = c.toLowerCase()
    for (let k = 0; k < c.length; k++) {
      out.push(c[k])
      from.push(start)
      to.push(i)
    }
  }
  // Hong Kong, Macau and Malaysian Chinese write 回酬 for 回报; read alike, the promise is the mainland one (same length, so
  // every offset still points at the words pasted).
  return { text: out.join('').replace(REGIONAL, '回报'), from, to }
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/** The original span [start, end) of normalized positions [a, b). */
export function originalSpan(n: Normalized, a: number, b: number): { start: number; end: number } {
  return { start: n.from[a], end: n.to[b - 1] }
}
