/**
 * The legal articles content may cite, each checked against the text of the
 * law (domain facts: /work/shared/domain.md). A reference to anything else is
 * a mistake to fix or a new article to verify and add here first.
 */
export const ALLOWED_REFERENCES: Readonly<Record<string, readonly number[]>> = {
  // 2: what illegal fundraising is; 3: 非法集资人, 非法集资协助人, 集资参与人; 9: words barred from business names;
  // 11: no fundraising adverts; 25: helpers and organisers repay, participants bear their losses;
  // 26: commissions and fees are taken back for the repayment.
  防范和处置非法集资条例: [2, 3, 9, 11, 25, 26],
  // 176: 非法吸收公众存款罪; 192: 集资诈骗罪; 266: 诈骗罪 (诈骗公私财物，数额较大的).
  刑法: [176, 192, 266],
  // 25: adverts with expected investment returns may not promise returns, principal or no risk.
  广告法: [25]
}

/** Short names content uses for a law, and the name it is listed under. */
const ALIASES: Record<string, string> = { 条例: '防范和处置非法集资条例', 中华人民共和国刑法: '刑法', 中华人民共和国广告法: '广告法' }

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 一百七十六 → 176, 十一 → 11, 二十 → 20; digits as written. */
export function articleNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  let total = 0
  let digit = 0
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100
      digit = 0
    } else if (ch === '十') {
      total += (digit || 1) * 10
      digit = 0
    } else digit = DIGITS[ch] ?? NaN
  }
  return total + digit
}

export interface LegalReference {
  law: string
  article: number
  /** The words as written, to name in a message. */
  text: string
}

const REFERENCE = /(?:《([^》]{2,30})》|(刑法|条例))?第([零一二两三四五六七八九十百\d]+)条/g

/** Every article a text cites; a bare 第N条 belongs to the law named before it. */
export function legalReferences(text: string): LegalReference[] {
  const found: LegalReference[] = []
  let law = ''
  for (const m of text.matchAll(REFERENCE)) {
    const named = m[1] ?? m[2]
    if (named) law = ALIASES[named] ?? named
    found.push({ law, article: articleNumber(m[3]), text: m[0] })
  }
  return found
}

export function legalReferenceProblems(text: string): string[] {
  return legalReferences(text)
    .filter((r) => !ALLOWED_REFERENCES[r.law]?.includes(r.article))
    .map((r) => (r.law ? `引用的“${r.text}”不在核实过的法条清单里（${r.law}第 ${r.article} 条）。` : `引用的“${r.text}”没有写明是哪部法律。`))
}
