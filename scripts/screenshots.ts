/**
 * Screenshots of every resident screen at 390×844, in each type mode, and of
 * every office screen at a desk's 1440×900, into screenshots/ (git-ignored;
 * each also at full length, *-full.png), with the figures test/e2e/type.test.ts
 * and test/e2e/desk.test.ts check: the smallest text, the smallest tap target,
 * the weakest button contrast and anything running off the side. It builds
 * nothing: run `npm run build:h5` first. A throw-away API with the starter
 * content serves the build.
 *
 *   npm run screenshots            all screens
 *   npm run screenshots -- quiz    only screens whose name contains "quiz"
 */
import fs from 'node:fs'
import path from 'node:path'
import { startServer } from '../test/server/helpers'
import { browserLaneReady, launch, WEB_DIR } from '../test/e2e/browser'
import { audit, RESIDENT_SCREENS, residentTab, TYPE_MODES, type Audit, type Screen } from '../test/e2e/resident-screens'
import { prepareDesk, STAFF_SCREENS, staffTab } from '../test/e2e/staff-screens'
import type { BrowserContext, Page } from 'playwright-core'

const OUT = path.resolve(__dirname, '..', 'screenshots')

function summary(a: Audit): string {
  const least = (texts: Audit['texts']) => texts.reduce((m, t) => (t.px < m.px ? t : m), { px: Infinity, label: '-' } as { px: number; label: string })
  const body = least(a.texts.filter((t) => t.inScreen && t.chars >= 12))
  const smallest = least(a.texts)
  const target = a.targets.reduce((m, t) => (Math.min(t.width, t.height) < Math.min(m.width, m.height) ? t : m), { width: Infinity, height: Infinity, label: '-' } as {
    width: number
    height: number
    label: string
  })
  const contrasted = a.targets.filter((t) => t.contrast !== null)
  const weakest = contrasted.reduce((m, t) => ((t.contrast ?? 99) < (m.contrast ?? 99) ? t : m), { contrast: null, label: '-' } as { contrast: number | null; label: string })
  return [
    `正文（十二字以上）最小 ${body.px}px（${body.label}）`,
    `文字最小 ${smallest.px}px（${smallest.label}）`,
    `点按最小 ${target.width}×${target.height}（${target.label}）`,
    `按钮对比度最低 ${weakest.contrast ?? '-'}（${weakest.label}）`,
    a.scrollWidth > a.width || a.offside.length ? `横向溢出 ${a.offside.length} 处` : '无横向溢出',
    a.overlaps.length ? `文字重叠 ${a.overlaps.length} 处` : '无重叠'
  ].join('；')
}

async function main(): Promise<void> {
  if (!browserLaneReady()) process.exit(1)
  const only = process.argv[2] ?? ''
  fs.mkdirSync(OUT, { recursive: true })
  const server = await startServer('sqlite', { WEB_DIR, TIP_POW_BITS: '8' })
  const base = await server.app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await launch()
  const figures: Record<string, Record<string, Audit>> = {}
  // One pass over a set of screens in one tab: a screen may continue from the one before it, so all are opened.
  const photograph = async (tab: { context: BrowserContext; page: Page }, screens: Screen[], mode: string) => {
    const { context, page } = tab
    for (const screen of screens) {
      await screen.open(page, base)
      if (only && !screen.name.includes(only)) continue
      await page.screenshot({ path: path.join(OUT, `${screen.name}-${mode}.png`) })
      // The page scrolls inside Taro's page box; let it run its full length for a second picture.
      const unroll = await page.addStyleTag({ content: '.taro-tabbar__container, .taro-tabbar__panel, .taro_page { height: auto !important; overflow: visible !important; }' })
      await page.screenshot({ path: path.join(OUT, `${screen.name}-${mode}-full.png`), fullPage: true })
      await unroll.evaluate((el) => (el as HTMLStyleElement).remove())
      const a = await audit(page)
      ;(figures[screen.name] ??= {})[mode] = a
      process.stdout.write(`${screen.name} ${mode}: ${summary(a)}\n`)
    }
    await context.close()
  }
  try {
    for (const mode of TYPE_MODES) await photograph(await residentTab(browser, mode), RESIDENT_SCREENS, mode)
    await prepareDesk(server.app)
    await photograph(await staffTab(browser), STAFF_SCREENS, 'desk')
    fs.writeFileSync(path.join(OUT, 'figures.json'), JSON.stringify(figures, null, 2))
    process.stdout.write(`截图和数据在 ${OUT}\n`)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
  process.exit(1)
})
