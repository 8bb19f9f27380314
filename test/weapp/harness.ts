/**
 * Runs the BUILT mini-program (dist/, from `npm run build:weapp`) inside
 * miniprogram-simulate. Taro registers pages with Page(), which the simulator
 * does not know, so Page() here registers a Component whose lifetimes call
 * the page's onLoad/onShow/onReady. wx.request is answered by the real server
 * through app.inject, so a test sees what a resident would on a phone.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import simulate from 'miniprogram-simulate'
import { multipartBody } from '../server/forms'
import { startServer, type TestServer } from '../server/helpers'

export const DIST = path.resolve(__dirname, '../../dist')

type Callback = (res: unknown) => void
interface RequestOptions {
  url: string
  method?: string
  data?: unknown
  header?: Record<string, string>
  success?: Callback
  fail?: Callback
  complete?: Callback
}

/** What wx.chooseMedia answers next: the files picked (success), or a documented failure such as `chooseMedia:fail cancel`. */
export type Pick = { tempFiles: { tempFilePath: string; size: number; fileType: 'image' }[] } | { errMsg: string }

export interface Harness {
  calls: Record<string, unknown[][]>
  /** The phone's temporary files by path (what wx.uploadFile sends); a test puts a picked photo here. */
  files: Map<string, Buffer>
  /** wx.chooseMedia's next answers, in turn; with none left, the resident closes the picker. */
  picks: Pick[]
  render: (page: string, query?: Record<string, string>) => Promise<ReturnType<typeof simulate.render>>
}

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error('dist/ 里没有小程序构建结果：请先运行 npm run build:weapp（npm test 会自动构建）')
  }
}

let pageQuery: Record<string, string> = {}
/** The page being rendered, which WeChat gives each page instance as its `route`. */
let pageRoute = ''
// Webpack registers a page's chunk once per process, so each page is loaded
// into the simulator once and rendered as often as a test likes.
const loaded = new Map<string, string>()

const RECORDED_APIS = [
  'makePhoneCall',
  'navigateTo',
  'switchTab',
  'showToast',
  'setClipboardData',
  'stopPullDownRefresh',
  'setNavigationBarTitle',
  'setTabBarItem',
  'setKeepScreenOn',
  'showModal',
  'redirectTo',
  'pageScrollTo',
  'requirePrivacyAuthorize',
  'navigateBack',
  'showShareMenu',
  'getSystemInfo',
  'getSetting',
  'getNetworkType'
]

// The simulator's template runtime warns about Taro's unused recursive
// templates; the warning says nothing about the page under test.
const warn = console.warn
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('WXMLRT')) return
  warn(...args)
}

/** `apis`: platform APIs a test plays itself (as wx has them), beside the ones every test gets. */
export function installWeapp(server: FastifyInstance, apis: Record<string, unknown> = {}): Harness {
  const calls: Record<string, unknown[][]> = {}
  const storage = new Map<string, unknown>()
  const record = (name: string, args: unknown[]) => {
    ;(calls[name] ??= []).push(args)
  }

  const request = (opts: RequestOptions) => {
    record('request', [opts])
    const url = opts.url.replace(/^https?:\/\/[^/]+/, '')
    server
      .inject({ method: (opts.method ?? 'GET') as 'GET', url, headers: opts.header, ...(opts.data !== undefined && opts.method !== 'GET' ? { payload: opts.data as object } : {}) })
      .then((res) => {
        const result = { statusCode: res.statusCode, data: res.json(), header: res.headers }
        opts.success?.(result)
        opts.complete?.(result)
      })
      .catch((err: unknown) => {
        const result = { errMsg: `request:fail ${String(err)}` }
        opts.fail?.(result)
        opts.complete?.(result)
      })
    return { abort: () => undefined }
  }

  // How the app was opened, as wx.getLaunchOptionsSync and App.onLaunch report it: from the list of recent mini-programs, no query.
  const launch = { path: 'pages/index/index', scene: 1001, query: {}, referrerInfo: {} }
  const files = new Map<string, Buffer>()
  const picks: Pick[] = []
  type Callbacks = { success?: Callback; fail?: Callback; complete?: Callback }
  const settle = (opts: Callbacks, ok: boolean, res: unknown) => {
    ;(ok ? opts.success : opts.fail)?.(res)
    opts.complete?.(res)
  }
  // As documented: the picked files with their temporary paths and sizes; closing the picker fails with
  // "chooseMedia:fail cancel". Taro hands this API to wx as it is, and wx, called without callbacks, returns a
  // promise (the base library's promise style for asynchronous APIs).
  const chooseMedia = (opts: Callbacks) => {
    record('chooseMedia', [opts])
    const pick = picks.shift() ?? { errMsg: 'chooseMedia:fail cancel' }
    const answer = (to: Callbacks) => setTimeout(() => ('errMsg' in pick ? settle(to, false, pick) : settle(to, true, { type: 'image', ...pick, errMsg: 'chooseMedia:ok' })), 0)
    if (opts.success || opts.fail || opts.complete) return void answer(opts)
    return new Promise((resolve, reject) => answer({ success: resolve, fail: reject }))
  }
  // The file goes to the real server as the form WeChat sends (one part named by `name`); the answer's body comes back as text.
  const uploadFile = (opts: Callbacks & { url: string; filePath: string; name: string; header?: Record<string, string> }) => {
    record('uploadFile', [opts])
    const data = files.get(opts.filePath)
    if (!data) {
      setTimeout(() => settle(opts, false, { errMsg: 'uploadFile:fail file not found' }), 0)
      return { abort: () => undefined }
    }
    const form = multipartBody([{ name: opts.name, filename: path.basename(opts.filePath), type: 'image/jpeg', data }])
    server
      .inject({ method: 'POST', url: opts.url.replace(/^https?:\/\/[^/]+/, ''), headers: { ...opts.header, ...form.headers }, payload: form.payload })
      .then((res) => settle(opts, true, { statusCode: res.statusCode, data: res.body, errMsg: 'uploadFile:ok' }))
      .catch((err: unknown) => settle(opts, false, { errMsg: `uploadFile:fail ${String(err)}` }))
    return { abort: () => undefined }
  }
  const known: Record<string, unknown> = {
    request,
    chooseMedia,
    uploadFile,
    getLaunchOptionsSync: () => ({ ...launch, query: { ...launch.query } }),
    // Listeners for the app coming to the front; this harness never sends it to the background.
    onAppShow: (listener: unknown) => record('onAppShow', [listener]),
    getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375, fontSizeSetting: 16, SDKVersion: '3.4.0' }),
    getAppBaseInfo: () => ({ fontSizeSetting: 16, fontSizeScaleFactor: 1, SDKVersion: '3.4.0' }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375 }),
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    canIUse: () => true,
    ...apis
  }
  // The platform APIs the pages use report success and are recorded, so a
  // test can see what the page asked for (a call, a navigation, ...).
  for (const name of RECORDED_APIS) {
    known[name] = (opts?: { success?: Callback; complete?: Callback }) => {
      record(name, [opts])
      opts?.success?.({ errMsg: `${name}:ok` })
      opts?.complete?.({ errMsg: `${name}:ok` })
    }
  }
  const wx = known

  let app: Record<string, unknown> = {}
  const pages: unknown[] = []
  Object.assign(globalThis, {
    wx,
    App: (config: Record<string, unknown>) => {
      app = config
    },
    getApp: () => app,
    getCurrentPages: () => pages,
    Page: (config: Record<string, (...a: unknown[]) => unknown>) => {
      const methods: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(config)) if (typeof v === 'function') methods[k] = v
      ;(globalThis as unknown as { Component: (o: unknown) => void }).Component({
        data: (config as unknown as { data?: object }).data ?? {},
        methods,
        lifetimes: {
          attached(this: { route?: string }) {
            this.route = pageRoute
            pages.push(this)
            config.onLoad?.call(this, pageQuery)
            config.onShow?.call(this)
          },
          ready(this: unknown) {
            config.onReady?.call(this)
          }
        }
      })
    }
  })

  // WeChat has no `process`; jest does, and js-sha256 (the proof of work, on the tip and 广告体检 pages) takes it for
  // Node and asks for a Buffer no bundle has. Its own switch turns that off; Taro's window copies it from the globals.
  ;(globalThis as Record<string, unknown>).JS_SHA256_NO_NODE_JS = true
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle runs now, after the globals it expects are in place
  require(path.join(DIST, 'app.js'))
  ;(app.onLaunch as ((o: unknown) => void) | undefined)?.call(app, launch)

  return {
    calls,
    files,
    picks,
    async render(page, query = {}) {
      pageQuery = query
      pageRoute = page
      const id = loaded.get(page) ?? simulate.load(path.join(DIST, page), { rootPath: DIST })
      loaded.set(page, id)
      const comp = simulate.render(id)
      comp.attach(document.createElement('parent-wrapper'))
      return comp
    }
  }
}

/** Waits until `check` holds; on timeout the error says what it was waiting for and what the page showed. */
export async function waitUntil(check: () => boolean, failure: () => string, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(failure())
    await simulate.sleep(50)
  }
}

/** Waits until the rendered page's text satisfies the check (the API answers asynchronously). */
export async function waitForText(comp: { dom?: Element }, check: (text: string) => boolean, ms = 5000): Promise<string> {
  const text = () => comp.dom?.textContent ?? ''
  await waitUntil(
    () => check(text()),
    () => `页面没有出现预期内容，现在显示：${text().slice(0, 300)}`,
    ms
  )
  return text()
}

/**
 * The usual set-up of a weapp test: a fresh server and the built app wired to
 * it, for the whole describe block. Read `lane.server` and `lane.weapp` inside tests.
 */
export function builtWeappLane(env: Record<string, string> = {}, apis: Record<string, unknown> = {}): { server: TestServer; weapp: Harness } {
  const lane = {} as { server: TestServer; weapp: Harness }
  beforeAll(async () => {
    assertBuilt()
    lane.server = await startServer('sqlite', env)
    lane.weapp = installWeapp(lane.server.app, apis)
  })
  afterAll(async () => lane.server?.close())
  return lane
}
