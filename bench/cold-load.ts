/**
 * npm run bench:cold: the first visit to home in the H5 build, as a cheap
 * phone on a poor line sees it. Chromium with no cache, its network and CPU
 * throttled through the DevTools protocol (fast 3G: 1.6 Mbps down, 150 ms
 * round trip; slow 3G: 400 kbps, 400 ms; the CPU 4x slower on both), loads
 * `/#/pages/index/index` from the real server and reports when the hotline's
 * call button and the four signs become visible, and the bytes that came over
 * the wire by then. Needs `npm run build:h5` first. COLD_RUNS sets the runs
 * per network (default 3; the median is reported), COLD_CPU the slowdown
 * (default 4; 1 shows what the network alone costs). On a busy machine the
 * slowed CPU dominates: read the figures with the load average printed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
import { CHROMIUM, launch, WEB_DIR } from '../test/e2e/browser'

const RUNS = Number(process.env.COLD_RUNS ?? 3)
const CPU_SLOWDOWN = Number(process.env.COLD_CPU ?? 4)
const NETWORKS = [
  { name: 'fast 3G', kbps: 1600, rttMs: 150 },
  { name: 'slow 3G', kbps: 400, rttMs: 400 }
]

interface Run {
  hotlineMs: number
  signsMs: number
  /** Over the wire by the time both were on screen. */
  bytes: number
}

const HOTLINE = '.hotline-card__call'
const SIGNS = '.four-signs'
const SELECTORS = [HOTLINE, SIGNS]
const FIRST_SEEN = `
window.firstSeen = {}
const look = () => {
  for (const s of ${JSON.stringify(SELECTORS)}) {
    const rect = window.firstSeen[s] === undefined && document.querySelector(s)?.getBoundingClientRect()
    if (rect && rect.width > 0 && rect.height > 0) window.firstSeen[s] = performance.now()
  }
  requestAnimationFrame(look)
}
requestAnimationFrame(look)
`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`需要 Chromium（${CHROMIUM}）和 H5 构建（npm run build:h5）`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-cold-'))
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, WEB_DIR, PORT: '0', HOST: '127.0.0.1' })
  const app = await buildApp(config, { logger: false })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await launch()
  process.stdout.write(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores\n`
  )
  try {
    for (const net of NETWORKS) {
      const runs: Run[] = []
      for (let i = 0; i < RUNS; i++) {
        // A new context each run: an empty cache and empty storage, as on a first visit.
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Network.enable')
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: net.rttMs, downloadThroughput: (net.kbps * 1000) / 8, uploadThroughput: (net.kbps * 1000) / 8 })
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
        let bytes = 0
        cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => void (bytes += e.encodedDataLength))
        // Each frame, the page notes when each thing first has a size on screen: the times are the page's own, from the start of navigation.
        // Plain text, not a function: what tsx makes of a function does not run in the page.
        await page.addInitScript({ content: FIRST_SEEN })
        await page.goto(`${base}/#/pages/index/index`, { waitUntil: 'commit' })
        const seen = await page.waitForFunction(
          (n) => {
            const { firstSeen } = window as unknown as { firstSeen: Record<string, number> }
            return Object.keys(firstSeen).length === n && firstSeen
          },
          SELECTORS.length,
          { timeout: 120000 }
        )
        const times = (await seen.jsonValue()) as Record<string, number>
        runs.push({ hotlineMs: times[HOTLINE], signsMs: times[SIGNS], bytes })
        await context.close()
      }
      const kb = (b: number) => `${Math.round(b / 1024)} KB`
      process.stdout.write(
        `${net.name} (${net.kbps} kbps, ${net.rttMs} ms, CPU ${CPU_SLOWDOWN}x): hotline visible at ${(median(runs.map((r) => r.hotlineMs)) / 1000).toFixed(2)} s, ` +
          `four signs at ${(median(runs.map((r) => r.signsMs)) / 1000).toFixed(2)} s, ${kb(median(runs.map((r) => r.bytes)))} over the wire by then ` +
          `(median of ${RUNS}; hotline ${runs.map((r) => (r.hotlineMs / 1000).toFixed(2)).join(' / ')} s)\n`
      )
    }
  } finally {
    await browser.close()
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`)
  process.exitCode = 1
})
