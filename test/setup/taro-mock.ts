/**
 * @tarojs/taro for component tests: an in-memory storage, an event centre,
 * and jest functions for everything that talks to the platform, so a test can
 * say what the server answers and check what the page asked for.
 */
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
export const makePhoneCall = jest.fn(() => Promise.resolve())
export const showToast = jest.fn(() => Promise.resolve())
export const setClipboardData = jest.fn(() => Promise.resolve())
export const stopPullDownRefresh = jest.fn()
export const getAppBaseInfo = jest.fn(() => ({ fontSizeSetting: 16 }))
export const createOffscreenCanvas = jest.fn()
export const canvasToTempFilePath = jest.fn(() => Promise.resolve({ tempFilePath: 'wxfile://tmp/card.png' }))
export const saveImageToPhotosAlbum = jest.fn(() => Promise.resolve())
export const requirePrivacyAuthorize = jest.fn(() => Promise.resolve())
// As documented: closing the picker rejects with errMsg "chooseMedia:fail cancel".
export const chooseMedia = jest.fn(() => Promise.reject({ errMsg: 'chooseMedia:fail cancel' }))
export const uploadFile = jest.fn()
export const pageScrollTo = jest.fn(() => Promise.resolve())
export const setTabBarItem = jest.fn(() => Promise.resolve())
export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' }
export const getEnv = (): string => ENV_TYPE.WEB
export const pxTransform = (size: number): string => `${size / 40}rem`

export const routerParams: { current: Record<string, string> } = { current: {} }
export const useRouter = () => ({ params: routerParams.current })
export const usePullDownRefresh = jest.fn()
export const useReachBottom = jest.fn()
export const useShareAppMessage = jest.fn()
export const useLoad = jest.fn()
export const useDidShow = jest.fn()

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
  makePhoneCall,
  showToast,
  setClipboardData,
  stopPullDownRefresh,
  getAppBaseInfo,
  createOffscreenCanvas,
  canvasToTempFilePath,
  saveImageToPhotosAlbum,
  requirePrivacyAuthorize,
  chooseMedia,
  uploadFile,
  pageScrollTo,
  setTabBarItem,
  pxTransform,
  useRouter,
  usePullDownRefresh,
  useReachBottom,
  useShareAppMessage,
  useLoad,
  useDidShow
}

export default Taro
