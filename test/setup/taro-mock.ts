/**
 * @tarojs/taro for component tests: an in-memory storage, an event centre,
 * and jest functions for everything that talks to the platform, so a test can
 * say what the server answers and check what the page asked for.
 */
import { useEffect, useRef } from 'react'
import { fakeCanvasNode, type FakeCanvasNode } from './fake-canvas'
import { FakeAudio } from './fake-speech'

type Handler = (...args: unknown[]) => void

const storage = new Map<string, unknown>()
const handlers = new Map<string, Set<Handler>>()

export const eventCenter = {
  on(name: string, fn: Handler) {
    if (!handlers.has(name)) handlers.set(name, new Set())
    handlers.get(name)?.add(fn)
  },
  off(name: string, fn: Handler) {
    handlers.get(name)?.delete(fn)
  },
  trigger(name: string, ...args: unknown[]) {
    handlers.get(name)?.forEach((fn) => fn(...args))
  }
}

export const getStorageSync = (key: string): unknown => (storage.has(key) ? storage.get(key) : '')
export const setStorageSync = (key: string, value: unknown): void => {
  storage.set(key, JSON.parse(JSON.stringify(value)))
}
export const removeStorageSync = (key: string): void => {
  storage.delete(key)
}
export const clearStorageSync = (): void => storage.clear()

export const request = jest.fn()
export const navigateTo = jest.fn(() => Promise.resolve())
export const switchTab = jest.fn(() => Promise.resolve())
export const navigateBack = jest.fn(() => Promise.resolve())
export const makePhoneCall = jest.fn(() => Promise.resolve())
export const showToast = jest.fn(() => Promise.resolve())
export const stopPullDownRefresh = jest.fn()
// An Android phone at WeChat's standard font size, as wx.getAppBaseInfo documents it.
export const getAppBaseInfo = jest.fn((): { fontSizeSetting?: number; fontSizeScaleFactor?: number } => ({ fontSizeSetting: 16, fontSizeScaleFactor: 1 }))
export const canvasToTempFilePath = jest.fn(() => Promise.resolve({ tempFilePath: 'wxfile://tmp/card.png', errMsg: 'canvasToTempFilePath:ok' }))

// WeChat's privacy flow, as documented for requirePrivacyAuthorize and
// onNeedPrivacyAuthorization: a privacy API used before the resident agreed
// waits for the app's listener to answer through resolve; "agree" counts only
// with the id of an open-type="agreePrivacyAuthorization" button the resident
// tapped, "disagree" fails the API with "privacy permission is not authorized".
type Callbacks = { success?: (res: object) => void; fail?: (res: object) => void; complete?: (res: object) => void }
type PrivacyAnswer = { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }
type PrivacyListener = (resolve: (answer: PrivacyAnswer) => void, info: { referrer: string }) => void

/** Whether the resident agreed to the privacy guide; true by default (agreed before), a test of the flow starts as a new user. */
export const privacy: { agreed: boolean; listener: PrivacyListener | null } = { agreed: true, listener: null }
const agreeTaps = new Set<string>()
// The platform notes a tap on the agree button, then fires the button's agreeprivacyauthorization event.
document.addEventListener(
  'click',
  (e) => {
    const button = (e.target as Element | null)?.closest?.('[open-type="agreePrivacyAuthorization"]')
    if (!button) return
    agreeTaps.add(button.id)
    button.dispatchEvent(new CustomEvent('agreeprivacyauthorization'))
  },
  true
)
export function resetPrivacy(agreed: boolean): void {
  privacy.agreed = agreed
  agreeTaps.clear()
}

function whenAgreed(api: string): Promise<void> {
  // Without a listener WeChat shows its own popup; a resident who agrees there is assumed.
  if (privacy.agreed || !privacy.listener) return Promise.resolve()
  const listener = privacy.listener
  return new Promise((resolve, reject) => {
    listener(
      (answer) => {
        if (answer.event === 'exposureAuthorization') return
        if (answer.event === 'agree' && answer.buttonId !== undefined && agreeTaps.has(answer.buttonId)) {
          privacy.agreed = true
          return resolve()
        }
        reject({ errMsg: `${api}:fail privacy permission is not authorized` })
      },
      { referrer: api }
    )
  })
}
const settle = (opts: Callbacks, ok: boolean, res: object) => {
  ;(ok ? opts.success : opts.fail)?.(res)
  opts.complete?.(res)
}

// No promise form (Taro passes these straight to wx): callbacks only, returns nothing.
export const onNeedPrivacyAuthorization = jest.fn((listener: PrivacyListener) => {
  privacy.listener = listener
})
export const requirePrivacyAuthorize = jest.fn((opts: Callbacks = {}): void => {
  whenAgreed('requirePrivacyAuthorize').then(
    () => settle(opts, true, { errMsg: 'requirePrivacyAuthorize:ok' }),
    (res: object) => settle(opts, false, res)
  )
})
export const openPrivacyContract = jest.fn((opts: Callbacks = {}): void => settle(opts, true, { errMsg: 'openPrivacyContract:ok' }))

// Scopes such as the album: asked once by WeChat (the resident's answer is `scopePrompt.answer`), then remembered.
export const authSetting: Record<string, boolean> = {}
export const scopePrompt = { answer: true }
function withScope(api: string, scope: string): Promise<void> {
  if (authSetting[scope] === undefined) authSetting[scope] = scopePrompt.answer
  return authSetting[scope] ? Promise.resolve() : Promise.reject({ errMsg: `${api}:fail auth deny` })
}
export function resetScopes(): void {
  for (const k of Object.keys(authSetting)) delete authSetting[k]
  scopePrompt.answer = true
}
export const getSetting = jest.fn(() => Promise.resolve({ authSetting: { ...authSetting }, errMsg: 'getSetting:ok' }))
// The settings page: a test says what the resident switches there with mockImplementationOnce; by default nothing.
export const openSetting = jest.fn(() => Promise.resolve({ authSetting: { ...authSetting }, errMsg: 'openSetting:ok' }))
// By default the resident taps the confirm button.
/** What the resident taps in the next dialogs: the confirm button, or cancel (which, as documented, resolves with cancel: true). */
export const modalAnswer = { confirm: true }
export const showModal = jest.fn((_opts?: object) => Promise.resolve({ confirm: modalAnswer.confirm, cancel: !modalAnswer.confirm, errMsg: 'showModal:ok' }))

export const setClipboardData = jest.fn((_opts?: { data: string }) => whenAgreed('setClipboardData').then(() => ({ errMsg: 'setClipboardData:ok' })))
export const saveImageToPhotosAlbum = jest.fn((_opts?: { filePath: string }) =>
  whenAgreed('saveImageToPhotosAlbum')
    .then(() => withScope('saveImageToPhotosAlbum', 'scope.writePhotosAlbum'))
    .then(() => ({ errMsg: 'saveImageToPhotosAlbum:ok' }))
)
// As documented: closing the picker rejects with errMsg "chooseMedia:fail cancel".
export const chooseMedia = jest.fn(() => whenAgreed('chooseMedia').then(() => Promise.reject({ errMsg: 'chooseMedia:fail cancel' })))

// createSelectorQuery().select(sel).fields({ node, size }).exec(cb): answers asynchronously, null for a missing
// node; a <canvas type="2d"> gives its Canvas node (one per element, see `canvasNodes`).
export const canvasNodes = new Map<Element, FakeCanvasNode>()
export const createSelectorQuery = jest.fn(() => {
  const answers: (() => object | null)[] = []
  const query = {
    select: (selector: string) => ({
      fields: (spec: { node?: boolean; size?: boolean }) => {
        answers.push(() => {
          const el = document.querySelector(selector)
          if (!el) return null
          const res: Record<string, unknown> = {}
          if (spec.node && el.getAttribute('type') === '2d') {
            if (!canvasNodes.has(el)) canvasNodes.set(el, fakeCanvasNode())
            res.node = canvasNodes.get(el)
          }
          if (spec.size) Object.assign(res, { width: parseFloat((el as HTMLElement).style.width) || 0, height: parseFloat((el as HTMLElement).style.height) || 0 })
          return res
        })
        return query
      }
    }),
    exec: (cb?: (res: (object | null)[]) => void) => void Promise.resolve().then(() => cb?.(answers.map((a) => a())))
  }
  return query
})
export const uploadFile = jest.fn()
export const pageScrollTo = jest.fn(() => Promise.resolve())
export const setTabBarItem = jest.fn(() => Promise.resolve())
export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' }
export const getEnv = (): string => ENV_TYPE.WEB
export const pxTransform = (size: number): string => `${size / 40}rem`

/** The open pages, oldest first, as getCurrentPages reports them (WeChat's route has no leading slash); a test sets the stack it needs. */
export const pageStack: { route: string }[] = [{ route: 'pages/index/index' }]
export const getCurrentPages = jest.fn(() => pageStack.map((page) => ({ ...page })))

// The app's entry, as wx.getLaunchOptionsSync documents it: `scene` is the
// entry's number (1047 a scanned mini-program code, 1007 a shared card), and a
// code's own scene string comes URL-encoded in `query.scene`. A test sets
// `launchOptions` to the entry it plays; `showApp` plays wx.onAppShow's
// listeners for a running app brought to the front by a new card or code.
export type LaunchOptions = { path: string; scene: number; query: Record<string, string>; referrerInfo: object; shareTicket?: string }
export const launchOptions: { current: LaunchOptions } = { current: { path: 'pages/index/index', scene: 1001, query: {}, referrerInfo: {} } }
export const getLaunchOptionsSync = jest.fn((): LaunchOptions => ({ ...launchOptions.current, query: { ...launchOptions.current.query } }))
const appShowListeners = new Set<(options: LaunchOptions) => void>()
export const onAppShow = jest.fn((listener: (options: LaunchOptions) => void) => {
  appShowListeners.add(listener)
})
export function showApp(options: LaunchOptions): void {
  launchOptions.current = options
  appShowListeners.forEach((fn) => fn({ ...options, query: { ...options.query } }))
}

export const routerParams: { current: Record<string, string> } = { current: {} }
export const useRouter = () => ({ params: routerParams.current })
export const usePullDownRefresh = jest.fn()
export const useReachBottom = jest.fn()
export const useShareAppMessage = jest.fn()
export const useLoad = jest.fn()
export const useDidShow = jest.fn()
// useDidHide as Taro runs it: the page's components hear when another page
// covers it or the app goes to the background; `hidePage` plays that.
const hideListeners = new Set<() => void>()
export function useDidHide(fn: () => void): void {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => {
    const listener = () => latest.current()
    hideListeners.add(listener)
    return () => {
      hideListeners.delete(listener)
    }
  }, [])
}
export function hidePage(): void {
  hideListeners.forEach((fn) => fn())
}

/** Every InnerAudioContext the app created, oldest first (test/setup/fake-speech). */
export const audioContexts: FakeAudio[] = []
export const createInnerAudioContext = jest.fn(() => {
  const audio = new FakeAudio()
  audioContexts.push(audio)
  return audio
})
export const setInnerAudioOption = jest.fn(() => Promise.resolve({ errMsg: 'setInnerAudioOption:ok' }))

const Taro = {
  ENV_TYPE,
  getEnv,
  eventCenter,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  clearStorageSync,
  request,
  navigateTo,
  switchTab,
  navigateBack,
  makePhoneCall,
  showToast,
  setClipboardData,
  stopPullDownRefresh,
  getAppBaseInfo,
  canvasToTempFilePath,
  saveImageToPhotosAlbum,
  requirePrivacyAuthorize,
  onNeedPrivacyAuthorization,
  openPrivacyContract,
  getSetting,
  openSetting,
  showModal,
  createSelectorQuery,
  chooseMedia,
  uploadFile,
  pageScrollTo,
  setTabBarItem,
  pxTransform,
  getCurrentPages,
  getLaunchOptionsSync,
  onAppShow,
  useRouter,
  usePullDownRefresh,
  useReachBottom,
  useShareAppMessage,
  useLoad,
  useDidShow,
  useDidHide,
  createInnerAudioContext,
  setInnerAudioOption
}

export default Taro
