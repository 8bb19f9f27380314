import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { isStreak, learnedAt, streakDays, type Streak } from '../core/streak'

// Only on this phone: no request ever carries it, so nobody can tell who learned when.
const KEY = 'learning:streak'

function read(): Streak | null {
  try {
    const v: unknown = Taro.getStorageSync(KEY)
    return isStreak(v) ? v : null
  } catch {
    return null
  }
}

/** Counts today as a day learned (an article or case read, a quiz round finished). */
export function noteLearning(now = new Date()): void {
  const prev = read()
  const next = learnedAt(prev, now)
  if (next === prev) return
  try {
    Taro.setStorageSync(KEY, next)
  } catch {
    // A full store only costs the streak, never the reading.
  }
}

/** Days learned in a row, read again each time the page shows (a tab page stays mounted). */
export function useStreakDays(): number {
  const [days, setDays] = useState(() => streakDays(read(), new Date()))
  useDidShow(() => setDays(streakDays(read(), new Date())))
  return days
}
