/**
 * npm run bench:cold: the first visit to home in the H5 build, as a cheap
 * phone on a poor line sees it. Chromium with no cache, its network and CPU
 * throttled through the DevTools protocol with Chrome DevTools' own presets
 * (Fast 3G: 1.44 Mbps down, 675 kbps up, 562.5 ms per request; Slow 3G:
 * 400 kbps both ways, 2 s per request; DevTools throttles per request, not
 * per packet, so its latencies are the round trip times 150 ms and 400 ms
 * scaled up to stand for the connection's handshakes and TCP's slow start)
 * and its "4x slowdown" of the CPU, loads `/#/pages/index/index` from the
 * real server and reports the first paint, when a hotline call button and the
 * four signs are first visible (the page's own first-paint copy or the app's,
 * whichever comes first), when the app's own home shows its hotline card, and
 * the bytes over the wire by the time the hotline was visible. Needs
 * `npm run build:h5` first. COLD_RUNS sets the runs per network (default 5;
 * the median and the range are reported), COLD_CPU the slowdown (default 4; 1
 * shows what the network alone costs), COLD_NETWORKS which presets
 * ("Fast 3G,Slow 3G"). On a busy machine the slowed CPU dominates: read the
 * figures with the load average printed before and after.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
import { CHROMIUM, launch, WEB_DIR } from '../test/e2e/browser'

const RUNS = Number(process.env.COLD_RUNS ?? 5)
const CPU_SLOWDOWN = Number(process.env.COLD_CPU ?? 4)
/** Chrome DevTools' presets (front_end/core/sdk/NetworkManager.ts), in bytes per second and milliseconds. */
const PRESETS = [
  { name: 'Fast 3G', download: ((1.6 * 1000 * 1000) / 8) * 0.9, upload: ((750 * 1000) / 8) * 0.9, latency: 150 * 3.75 },
  { name: 'Slow 3G', download: ((500 * 1000) / 8) * 0.8, upload: ((500 * 1000) / 8) * 0.8, latency: 400 * 5 }
]
const wanted = (process.env.COLD_NETWORKS ?? 'Fast 3G,Slow 3G').split(',').map((n) => n.trim().toLowerCase())
const NETWORKS = PRESETS.filter((p) => wanted.includes(p.name.toLowerCase()))

/** What is looked for: the page's first-paint copy (server/plugins/first-paint.ts) and the app's own home. */
const SELECTORS = {
  earlyHotline: '.first-paint .first-paint__call',
  earlySigns: '.first-paint .first-paint__signs',
  appHotline: '#app .hotline-card__call',
  appSigns: '#app .four-signs'
}
type Seen = Record<keyof typeof SELECTORS | 'firstPaint', number | undefined>

interface Run {
  firstPaintMs: number
  hotlineMs: number
  signsMs: number
  appMs: number
  /** Over the wire by the time the hotline was on screen. */
  bytes: number
}

const FIRST_SEEN = `
window.firstSeen = {}
const selectors = ${JSON.stringify(SELECTORS)}
const look = () => {
  for (const [name, s] of Object.entries(selectors)) {
    const rect = window.firstSeen[name] === undefined && document.querySelector(s)?.getBoundingClientRect()
    if (rect && rect.width > 0 && rect.height > 0) window.firstSeen[name] = performance.now()
  }
  const paint = performance.getEntriesByName('first-contentful-paint')[0]
  if (paint) window.firstSeen.firstPaint = paint.startTime
  requestAnimationFrame(look)
}
requestAnimationFrame(look)
`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const seconds = (ms: number) => (ms / 1000).toFixed(2)
const spread = (xs: number[]) => `${seconds(median(xs))} s (${seconds(Math.min(...xs))}-${seconds(Math.max(...xs))})`
const earliest = (...xs: (number | undefined)[]) => Math.min(...xs.map((x) => x ?? Infinity))
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error(`需要 Chromium（${CHROMIUM}）和 H5 构建（npm run build:h5）`)
  if (NETWORKS.length === 0) throw new Error(`COLD_NETWORKS: one or more of ${PRESETS.map((p) => p.name).join(', ')}`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fangfei-cold-'))
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, WEB_DIR, PORT: '0', HOST: '127.0.0.1' })
  const app = await buildApp(config, { logger: false })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await launch()
  process.stdout.write(`load average ${loadAverage()} on ${os.cpus().length} cores\n`)
  try {
    for (const net of NETWORKS) {
      const runs: Run[] = []
      for (let i = 0; i < RUNS; i++) {
        // A new context each run: an empty cache and empty storage, as on a first visit.
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Network.enable')
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: net.latency, downloadThroughput: net.download, uploadThroughput: net.upload })
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
        // Bytes with the page's time at which they finished: the CDP event's timestamp is on the browser's monotonic clock.
        const finished: { at: number; bytes: number }[] = []
        cdp.on('Network.loadingFinished', (e: { encodedDataLength: number; timestamp: number }) => void finished.push({ at: e.timestamp, bytes: e.encodedDataLength }))
        let navigationStart = 0
        cdp.on('Network.requestWillBeSent', (e: { type?: string; timestamp: number }) => {
          if (e.type === 'Document' && navigationStart === 0) navigationStart = e.timestamp
        })
        // Each frame, the page notes when each thing first has a size on screen: the times are the page's own, from the start of navigation.
        // Plain text, not a function: what tsx makes of a function does not run in the page.
        await page.addInitScript({ content: FIRST_SEEN })
        await page.goto(`${base}/#/pages/index/index`, { waitUntil: 'commit' })
        const seen = await page.waitForFunction(
          () => {
            const { firstSeen } = window as unknown as { firstSeen: Record<string, number | undefined> }
            return firstSeen.appHotline !== undefined && firstSeen.appSigns !== undefined && firstSeen.firstPaint !== undefined && firstSeen
          },
          undefined,
          { timeout: 120000 }
        )
        const times = (await seen.jsonValue()) as Seen
        const hotlineMs = earliest(times.earlyHotline, times.appHotline)
        // The page's clock starts a little before the document request goes out; close enough for bytes by then.
        const bytes = finished.filter((f) => (f.at - navigationStart) * 1000 <= hotlineMs).reduce((sum, f) => sum + f.bytes, 0)
        runs.push({ firstPaintMs: times.firstPaint ?? NaN, hotlineMs, signsMs: earliest(times.earlySigns, times.appSigns), appMs: times.appHotline ?? NaN, bytes })
        await context.close()
      }
      const kb = (b: number) => `${Math.round(b / 1024)} KB`
      const mbps = (bytesPerSecond: number) => `${((bytesPerSecond * 8) / 1e6).toFixed(2)} Mbps`
      process.stdout.write(
        `${net.name} (DevTools preset: ${mbps(net.download)} down, ${mbps(net.upload)} up, ${net.latency} ms; CPU ${CPU_SLOWDOWN}x), median (range) of ${RUNS}:\n` +
          `  first paint ${spread(runs.map((r) => r.firstPaintMs))}; hotline visible ${spread(runs.map((r) => r.hotlineMs))}; ` +
          `four signs ${spread(runs.map((r) => r.signsMs))}; the app's own home ${spread(runs.map((r) => r.appMs))}; ` +
          `${kb(median(runs.map((r) => r.bytes)))} over the wire by the hotline\n` +
          `  hotline per run: ${runs.map((r) => seconds(r.hotlineMs)).join(' / ')} s; app per run: ${runs.map((r) => seconds(r.appMs)).join(' / ')} s\n`
      )
    }
  } finally {
    process.stdout.write(`load average ${loadAverage()} after\n`)
    await browser.close()
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`)
  process.exitCode = 1
})
