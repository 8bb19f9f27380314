import Taro from '@tarojs/taro'
import { noteLearning } from '../../src/services/learning-streak'

const KEY = 'learning:streak'

describe('the streak kept on the phone', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('writes the day once, then the next day one more', () => {
    noteLearning(new Date('2026-06-15T09:00:00+08:00'))
    noteLearning(new Date('2026-06-15T21:00:00+08:00'))
    expect(Taro.getStorageSync(KEY)).toEqual({ last: '2026-06-15', days: 1 })
    noteLearning(new Date('2026-06-16T07:00:00+08:00'))
    expect(Taro.getStorageSync(KEY)).toEqual({ last: '2026-06-16', days: 2 })
  })

  it('starts again from what it can read when storage holds something else', () => {
    Taro.setStorageSync(KEY, 'not a streak')
    noteLearning(new Date('2026-06-16T07:00:00+08:00'))
    expect(Taro.getStorageSync(KEY)).toEqual({ last: '2026-06-16', days: 1 })
  })
})
