/**
 * Whether a case lesson happened (with the public source it comes from) or is
 * illustrative, written from common patterns. Residents must be able to tell
 * the two apart wherever a case is shown, and an illustrative case must not
 * put an invented crime in this town or one of its villages.
 */
export type CaseKind = 'real' | 'illustrative'

export const CASE_KINDS: readonly CaseKind[] = ['real', 'illustrative']

export const ILLUSTRATIVE_NOTE = '情景案例，根据常见案情编写'

export interface CaseOrigin {
  kind: CaseKind
  /** The court, procuratorate or news outlet that made the case public; '' for an illustrative case. */
  source: string
  /** The web address where it was published; '' for an illustrative case. */
  sourceUrl: string
}

/** The kind in two words, where a line has no room for more (caseHeadline). */
export const CASE_KIND_SHORT: Record<CaseKind, string> = { real: '真实案例', illustrative: '情景案例' }

/** The line shown with a case on cards, the case page and the village screen. */
export function caseKindLabel(kind: CaseKind): string {
  return kind === 'real' ? CASE_KIND_SHORT.real : ILLUSTRATIVE_NOTE
}

/** A case's title where it travels without its card (a shared link, the banner's list): the kind goes with it. */
export function caseHeadline(c: { kind: CaseKind; title: string }): string {
  return `以案说法（${CASE_KIND_SHORT[c.kind]}）：${c.title}`
}

const URL = /^https?:\/\/[^\s/]+\.[^\s]+$/

export function originProblems(o: CaseOrigin): string[] {
  if (o.kind === 'illustrative') return o.source || o.sourceUrl ? ['情景案例不写来源；有公开来源的，请选“真实案例”。'] : []
  const problems: string[] = []
  if (o.source.trim().length < 2) problems.push('真实案例要写明公开来源：哪家法院、检察院或新闻媒体公布的。')
  if (!URL.test(o.sourceUrl)) problems.push('真实案例要附上公开来源的网址（http:// 或 https:// 开头）。')
  return problems
}

/**
 * Words that place a story in "this town" or "our village", whatever the town
 * is called and whether or not its villages are listed: on a village
 * committee's screen "村里的老周", "村西的李婶" or "镇上新开的超市" reads
 * as next door, and "全镇村民" as this town's.
 * 同村, 外村, 邻村, 某村, 村口 and 农村 say nothing about which village.
 */
const HERE = [
  '本镇',
  '我镇',
  '我们镇',
  '咱镇',
  '咱们镇',
  '镇上',
  '镇里',
  '全镇',
  '别的镇',
  '外镇',
  '本村',
  '我村',
  '我们村',
  '咱村',
  '咱们村',
  '村里',
  ...['东', '西', '南', '北'].flatMap((side) => [`村${side}头`, `村${side}边`, `村${side}的`])
]

/**
 * Where a made-up story names this town or one of its villages: an
 * illustrative case, or a starter article's or quiz item's story, must be set
 * in "某地", never here, or it reads as a crime that happened next door.
 */
export function placeProblems(texts: string[], town: { name: string; villages: string[] }, told: 'case' | 'story' = 'case'): string[] {
  const short = town.name.replace(/[镇乡]$/, '')
  const names = [...HERE, town.name, ...(short.length >= 2 ? [short] : []), ...town.villages.filter((v) => v.length >= 2)]
  const text = texts.join('\n')
  const found = [...new Set(names.filter((n) => text.includes(n)))]
  if (found.length === 0) return []
  const where = found.map((n) => `“${n}”`).join('、')
  return [`${told === 'case' ? '情景案例不能把案子写在' : '编写的故事不能发生在'}${where}：请写成“某地”“某县”“某村”，不写本镇、村里和具体的村。`]
}
