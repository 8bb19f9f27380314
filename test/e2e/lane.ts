import type { FastifyInstance } from 'fastify'
import type { Browser } from 'playwright-core'
import { startServer } from '../server/helpers'
import { browserLaneReady, launch, WEB_DIR } from './browser'

// The browser tests' set-up, in a file apart from browser.ts: this one brings in the server's test helpers (and
// jest's hooks), which scripts/screenshots.ts and bench/cold-load.ts, importing browser.ts outside jest, must not load.

/** A describe block of this lane: skipped here when Chromium or the H5 build is missing (in CI that fails instead). */
export function describeInBrowser(name: string, fn: () => void): void {
  const block = browserLaneReady() ? describe : describe.skip
  block(name, fn)
}

export interface BrowserLane {
  app: FastifyInstance
  browser: Browser
  /** Where the server listens, e.g. http://127.0.0.1:41234 */
  base: string
}

/**
 * Every file's set-up: before the tests of the describe block it is called
 * in, a server on SQLite serving the H5 build on a free port, and Chromium;
 * both stopped after them. `env` adds settings. The fields are there once
 * the block's first beforeAll has run (a file's own beforeAll, declared
 * after this call, can use them).
 */
export function browserLane(env: Record<string, string> = {}): BrowserLane {
  const lane = {} as BrowserLane
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const server = await startServer('sqlite', { WEB_DIR, ...env })
    close = server.close
    lane.app = server.app
    lane.base = await server.app.listen({ port: 0, host: '127.0.0.1' })
    lane.browser = await launch()
  })
  afterAll(async () => {
    await lane.browser?.close()
    await close?.()
  })
  return lane
}
