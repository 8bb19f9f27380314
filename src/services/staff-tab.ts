import Taro from '@tarojs/taro'
import { currentSession } from './staff-session'

const STAFF_TAB_INDEX = 2

/** Residents see the last tab as 我的; once a staff member signs in it reads 管理. */
export function syncStaffTab(): void {
  Taro.setTabBarItem({ index: STAFF_TAB_INDEX, text: currentSession() ? '管理' : '我的' }).catch(() => {
    // Called from a page that is not a tab page; the tab updates on its next show.
  })
}
