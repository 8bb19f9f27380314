// Renders the tab bar icons (WeChat wants PNG, 81x81) from the SVG shapes below
// with Debian's Chromium. Run after changing a shape: node scripts/make-tab-icons.mjs
import { chromium } from 'playwright-core'
import path from 'node:path'

const shapes = {
  // A house with a shield-like door: home.
  home: '<path d="M12 40 L40 14 L68 40 V68 H12 Z" fill="none" stroke="C" stroke-width="6" stroke-linejoin="round"/><rect x="32" y="46" width="16" height="22" fill="C"/>',
  // An open book: learn.
  // A question mark in a circle: quiz.
  quiz: '<circle cx="40" cy="40" r="30" fill="none" stroke="C" stroke-width="6"/><path d="M30 32 Q30 20 40 20 Q50 20 50 30 Q50 38 40 42 V50" fill="none" stroke="C" stroke-width="6" stroke-linecap="round"/><circle cx="40" cy="60" r="4" fill="C"/>',
  // A megaphone-like flag: report.
  report: '<path d="M16 12 V72" stroke="C" stroke-width="6" stroke-linecap="round"/><path d="M16 14 H62 L54 28 L62 42 H16" fill="none" stroke="C" stroke-width="6" stroke-linejoin="round"/>',
  // A person: mine / the office.
  mine: '<circle cx="40" cy="26" r="13" fill="none" stroke="C" stroke-width="6"/><path d="M14 70 Q14 46 40 46 Q66 46 66 70" fill="none" stroke="C" stroke-width="6" stroke-linecap="round"/>',
  learn:
    '<path d="M8 18 Q24 12 40 20 Q56 12 72 18 V66 Q56 60 40 68 Q24 60 8 66 Z" fill="none" stroke="C" stroke-width="6" stroke-linejoin="round"/><line x1="40" y1="20" x2="40" y2="66" stroke="C" stroke-width="5"/>'
}
const colours = { '': '#8a8a8a', '-on': '#b3261e' }

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 81, height: 81 } })
for (const [name, shape] of Object.entries(shapes)) {
  for (const [suffix, colour] of Object.entries(colours)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 80 80">${shape.replaceAll('C', colour)}</svg>`
    await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`)
    await page.screenshot({ path: path.join('src/assets', `tab-${name}${suffix}.png`), omitBackground: true })
  }
}
await browser.close()
