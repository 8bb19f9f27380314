import { browserLane, describeInBrowser } from './lane'
import { audit, CONTRAST, layoutProblems, TAP_PX, typeProblems, type Audit } from './resident-screens'
import { prepareDesk, STAFF_SCREENS, staffTab } from './staff-screens'

// Every office screen at a desk's 1440×900, as scripts/screenshots.ts photographs them.
jest.setTimeout(300000)

// Office staff read at arm's length from a desk screen: sentences at the browser's own 16 px, nothing under 14 px.
// Targets keep the residents' 44 px: the same pages serve a grid worker's phone.
const TYPE_FLOORS = { sentence: 16, smallest: 14 }

describeInBrowser('H5 in Chromium at a desk: type size, targets, contrast and width on every office screen', () => {
  const lane = browserLane({ TIP_POW_BITS: '8' })
  const audits: { screen: string; a: Audit }[] = []
  const stockHints: string[] = []

  beforeAll(async () => {
    await prepareDesk(lane.app)
    const { context, page } = await staffTab(lane.browser)
    for (const s of STAFF_SCREENS) {
      await s.open(page, lane.base)
      audits.push({ screen: s.name, a: await audit(page) })
      if (await page.locator('[placeholder="请输入内容"]').count()) stockHints.push(s.name)
    }
    await context.close()
  })

  it('measures every office page, each with text and something to press (the village screen is only watched)', () => {
    expect(audits.map((x) => x.screen)).toEqual(STAFF_SCREENS.map((s) => s.name))
    for (const { screen, a } of audits) {
      expect(a.width).toBe(1440)
      expect(a.texts.length).toBeGreaterThan(0)
      if (screen !== 'village-screen') expect(a.targets.length).toBeGreaterThan(0)
    }
  })

  it('sets sentences at 16 px or more and nothing under 14 px', () => {
    expect(audits.flatMap(({ screen, a }) => typeProblems(screen, a, TYPE_FLOORS))).toEqual([])
  })

  it('gives everything pressed at least 44×44 px and button text 4.5:1 contrast or better', () => {
    const problems: string[] = []
    for (const { screen, a } of audits) {
      for (const t of a.targets) {
        if (t.width < TAP_PX || t.height < TAP_PX) problems.push(`${screen}: ${t.label} ${t.width}×${t.height}`)
        if (t.contrast !== null && t.contrast < CONTRAST) problems.push(`${screen}: ${t.label} ${t.contrast}:1`)
      }
    }
    expect(problems).toEqual([])
  })

  it("shows no box with NutUI's stock hint 请输入内容: each field's label says what goes in it", () => {
    expect(stockHints).toEqual([])
  })

  it('runs nothing off the side and lays no text over other text', () => {
    expect(audits.flatMap(({ screen, a }) => layoutProblems(screen, a))).toEqual([])
  })
})
