/** Slogans for the village screens when no campaign is running (the plan's 滚动播放宣传口号). */
export const STANDING_SLOGANS = ['守住钱袋子 · 远离非法集资', '高息诱惑是陷阱，保本承诺不可信', '投资理财找正规机构，先查牌照再交钱', '拉人头、给返利，多半是非法集资', '拿不准的投资，先打电话问一问']

export type Slide = { kind: 'slogan'; text: string } | { kind: 'reading'; label: string; text: string }

/** What a village screen shows in turn: every slogan, with a featured item after every second one. */
export function slidesFor(slogans: string[], reading: { label: string; text: string }[]): Slide[] {
  const lines = slogans.length > 0 ? slogans : STANDING_SLOGANS
  const slides: Slide[] = []
  let r = 0
  lines.forEach((text, i) => {
    slides.push({ kind: 'slogan', text })
    if (i % 2 === 1 && r < reading.length) slides.push({ kind: 'reading', ...reading[r++] })
  })
  while (r < reading.length) slides.push({ kind: 'reading', ...reading[r++] })
  return slides
}

/** Home's banner: the app's home and the H5 page's first paint (server/plugins/first-paint.ts) both show it. */
export const HOME_BANNER = { slogan: STANDING_SLOGANS[0], sub: '高息诱惑是陷阱，投资之前先问问' }

/**
 * A slogan's halves around its middle dot (守住钱袋子 · 远离非法集资 → 守住钱袋子, 远离非法集资), so a narrow line breaks
 * between them; broken anywhere, a line ended in the dot (守住钱袋子 ·), which reads as a stray mark. The screen draws
 * the dot between the halves while they share a line, and none when the second starts a line of its own. A slogan
 * without a middle dot is one piece.
 */
export function sloganHalves(slogan: string): string[] {
  const halves = slogan
    .split(/\s*[·•・]\s*/)
    .map((h) => h.trim())
    .filter(Boolean)
  return halves.length === 2 ? halves : [slogan]
}
