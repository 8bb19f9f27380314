import { browserLane, describeInBrowser } from './lane'
import { audit, CONTRAST, layoutProblems, RESIDENT_SCREENS, residentTab, TAP_PX, TYPE_MODES, typeProblems, type Audit, type TypeMode } from './resident-screens'

// Every resident screen, three times over, in a real browser on a shared 2-core machine.
jest.setTimeout(600000)

// Body text (a sentence, a hint) at 17 px; shorter runs (a date, a count, a category) may be a little smaller.
const TYPE_FLOORS = { sentence: 17, smallest: 15 }

describeInBrowser('H5 in Chromium: type size, tap targets and contrast on every resident screen', () => {
  const lane = browserLane({ TIP_POW_BITS: '8' })
  const audits = new Map<string, Audit>()
  const each = (mode: TypeMode) => RESIDENT_SCREENS.map((s) => ({ screen: s.name, a: audits.get(`${s.name}/${mode}`)! }))

  beforeAll(async () => {
    for (const mode of TYPE_MODES) {
      const { context, page } = await residentTab(lane.browser, mode)
      for (const s of RESIDENT_SCREENS) {
        await s.open(page, lane.base)
        audits.set(`${s.name}/${mode}`, await audit(page))
      }
      await context.close()
    }
  })

  it('sets body text at 17 px or more and nothing under 15 px, tab labels included', () => {
    expect(each('normal').flatMap(({ screen, a }) => typeProblems(screen, a, TYPE_FLOORS))).toEqual([])
  })

  it('makes every piece of text on the page at least 1.25 times larger with 大字', () => {
    const problems: string[] = []
    let compared = 0
    for (const { screen, a } of each('normal')) {
      const large = [...audits.get(`${screen}/large`)!.texts]
      for (const t of a.texts.filter((t) => t.inScreen)) {
        const i = large.findIndex((l) => l.label === t.label && l.text === t.text)
        if (i < 0) continue
        const [l] = large.splice(i, 1)
        compared++
        if (l.px / t.px < 1.25) problems.push(`${screen}: ${t.label} ${t.px}px → ${l.px}px`)
      }
    }
    expect(compared).toBeGreaterThan(200)
    expect(problems).toEqual([])
  })

  it('gives everything a reader taps at least 44×44 px, with type as set and with 大字', () => {
    const problems: string[] = []
    for (const mode of ['normal', 'large'] as const) {
      for (const { screen, a } of each(mode)) {
        expect(a.targets.length).toBeGreaterThan(0)
        for (const t of a.targets) if (t.width < TAP_PX || t.height < TAP_PX) problems.push(`${screen}/${mode}: ${t.label} ${t.width}×${t.height}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('keeps button text at 4.5:1 contrast or better, disabled buttons included', () => {
    const problems: string[] = []
    let disabled = 0
    for (const { screen, a } of each('normal')) {
      for (const t of a.targets) {
        if (t.disabled) disabled++
        if (t.contrast !== null && t.contrast < CONTRAST) problems.push(`${screen}: ${t.label}${t.disabled ? '（不可用）' : ''} ${t.contrast}:1`)
      }
    }
    // 上一题 on the first question is one.
    expect(disabled).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })

  it('runs nothing off the side and lays no text over other text, up to WeChat’s largest font setting with 大字', () => {
    expect(TYPE_MODES.flatMap((mode) => each(mode).flatMap(({ screen, a }) => layoutProblems(`${screen}/${mode}`, a)))).toEqual([])
  })
})
