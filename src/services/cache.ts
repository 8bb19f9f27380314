import Taro from '@tarojs/taro'

/**
 * What the resident has already loaded, kept on the phone so lists and
 * articles still open with no signal. Bounded, because WeChat gives a
 * mini-program 10 MB of storage in all.
 */
const INDEX_KEY = 'offline:index'
const MAX_ENTRIES = 150

export interface Saved<T> {
  data: T
  savedAt: number
}

function readIndex(): string[] {
  const index: unknown = Taro.getStorageSync(INDEX_KEY)
  return Array.isArray(index) ? (index as string[]) : []
}

export function save<T>(key: string, data: T): void {
  try {
    const entry: Saved<T> = { data, savedAt: Date.now() }
    Taro.setStorageSync(`offline:${key}`, entry)
    const index = [key, ...readIndex().filter((k) => k !== key)]
    index.slice(MAX_ENTRIES).forEach((k) => Taro.removeStorageSync(`offline:${k}`))
    Taro.setStorageSync(INDEX_KEY, index.slice(0, MAX_ENTRIES))
  } catch {
    // A full storage must never break reading; the copy is only a convenience.
  }
}

export function load<T>(key: string): Saved<T> | null {
  try {
    const entry: unknown = Taro.getStorageSync(`offline:${key}`)
    return entry && typeof entry === 'object' && 'savedAt' in entry ? (entry as Saved<T>) : null
  } catch {
    return null
  }
}
