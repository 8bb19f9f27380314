/**
 * Chinese words, from the platform's segmenter (iOS 14.5+, Chromium 87+). Chinese breaks a line between any two
 * characters; a name or a marked phrase reads better broken only between its words. An old webview without a
 * segmenter gets null, and callers keep the text as it is.
 */
let segmenter: Intl.Segmenter | null | undefined

function segments(text: string): Intl.SegmentData[] | null {
  // One segmenter for every call: a list screen asks once per title.
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : null
  return segmenter && [...segmenter.segment(text)]
}

export function chineseWords(text: string): string[] | null {
  return segments(text)?.map((s) => s.segment) ?? null
}

/** A phrase up to this long between punctuation stays on one line whole (马上打：, 被催着交钱，). */
const SHORT_PHRASE = 8
const OPENS = /^[“‘「『（(《【]+$/
const ENDS_PHRASE = /[，。、；：！？,.;:!?）)」』”]$/

/**
 * The pieces a short heading or name may break between: its short phrases whole, longer phrases by their words, each
 * with the punctuation or sign that follows it (15%, 交钱，) and the quote that opens it (“集资), so no line starts
 * with a comma or a per cent sign, or ends with an opening quote.
 */
export function lineUnits(text: string): string[] | null {
  const found = segments(text)
  if (!found) return null
  const words: string[] = []
  let opening = ''
  for (const s of found) {
    // An opening quote or bracket goes with the word after it, any other sign with the word before.
    if (!s.isWordLike && OPENS.test(s.segment)) opening += s.segment
    else if (!s.isWordLike && !/^\s+$/.test(s.segment) && words.length > 0 && !opening) words[words.length - 1] += s.segment
    else {
      words.push(opening + s.segment)
      opening = ''
    }
  }
  if (opening) words.push(opening)
  const units: string[] = []
  let phrase: string[] = []
  const close = () => {
    const whole = phrase.join('')
    if (whole.length <= SHORT_PHRASE) units.push(whole)
    else units.push(...phrase)
    phrase = []
  }
  for (const w of words) {
    phrase.push(w)
    if (ENDS_PHRASE.test(w)) close()
  }
  if (phrase.length > 0) close()
  return units
}

/**
 * A button's words ending in a phone number (一键拨打 12345), cut where a narrow line may break: the number stays with
 * its verb (一键 | 拨打 12345), so a line never ends in the verb with the number alone on the next. A label whose verb
 * is all there is (报警 110) stays one piece.
 */
export function numberWithVerb(label: string): string[] {
  const found = /^(.*?)([\u3400-\u9fff]{1,2}\s*[\d-]+)$/.exec(label)
  return found && found[1] ? [found[1], found[2]] : [label]
}

/** What a figure counts or measures (元, 个月, %, 年, 名), longer units before the shorter ones they begin with. */
export const UNIT = '(?:元|块钱|块|%|％|斤|克|股|份|倍|个点|个月|个人|个|天|分钟|分|厘|年度|年|月|日|号|小时|周|岁|名|人|户|位|家|亩|次|期|单)'

/** A sum, a date or a count with its unit (3000元, 1万元, 年化18%, 12个月, 2026年, 6日, 200名): a narrow line broke it as 3000 | 元, 12 | 月. */
const AMOUNT = new RegExp(`[0-9０-９][0-9０-９.,．]*(?:万|亿|千)?${UNIT}?`, 'g')

/**
 * A text cut into plain runs and amounts, alternating, starting with a plain run (perhaps empty), so a screen can keep
 * each amount on one line while the rest breaks as Chinese does.
 */
export function amountPieces(text: string): string[] {
  const pieces: string[] = []
  let last = 0
  for (const m of text.matchAll(AMOUNT)) {
    if (m[0].length < 2) continue
    pieces.push(text.slice(last, m.index), m[0])
    last = m.index + m[0].length
  }
  pieces.push(text.slice(last))
  return pieces
}
