import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { currentSession, useStaffSession } from './staff-session'

// 首页, 学习, 答题, 举报, 我的: the staff tab is the last one.
const STAFF_TAB_INDEX = 4

function syncStaffTab(): void {
  Taro.setTabBarItem({ index: STAFF_TAB_INDEX, text: currentSession() ? '管理' : '我的' }).catch(() => {
    // The tab bar is not drawn yet; the next tab page shown sets it.
  })
}

/**
 * Residents see the last tab as 我的; once a staff member signs in it reads
 * 管理. Every tab page calls this, so whichever opens first sets the label.
 */
export function useStaffTabLabel(): void {
  const session = useStaffSession()
  useDidShow(syncStaffTab)
  useEffect(syncStaffTab, [session])
}
