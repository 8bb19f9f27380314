import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { askLine } from '../core/hotlines'
import { routes } from '../routes'
import { callHotline, useHotline } from '../services/hotline'
import './way-home.scss'

type Alone = 'resident' | 'staff' | null

/**
 * Whether this page is the first and only one open and not a tab: opened from
 * a shared link or a scanned code, it has nothing to go back to and no tab
 * bar. Tab pages are exactly those under pages/ (src/README); the office's
 * pages are those under packages/staff/.
 */
function openedAlone(): Alone {
  const pages = Taro.getCurrentPages()
  const route = (pages[pages.length - 1]?.route ?? '').replace(/^\//, '')
  if (pages.length !== 1 || route.startsWith('pages/')) return null
  return route.startsWith('packages/staff/') ? 'staff' : 'resident'
}

function WayHomeBar() {
  const { data } = useHotline()
  return (
    <View className='way-home'>
      <Button className='way-home__home' size='large' fill='outline' type='primary' onClick={() => void Taro.switchTab({ url: routes.home })}>
        ‹ 回首页
      </Button>
      {data && (
        <Button className='way-home__call' size='large' type='primary' onClick={() => callHotline(askLine(data).phone)}>
          咨询电话 {askLine(data).phone}
        </Button>
      )}
    </View>
  )
}

/** The office's way back: its pages start from the last tab (管理 once signed in); the residents' hotline is not theirs to call. */
function StaffWayBack() {
  return (
    <View className='way-home'>
      <Button className='way-home__home' size='large' fill='outline' type='primary' onClick={() => void Taro.switchTab({ url: routes.mine })}>
        ‹ 返回管理
      </Button>
    </View>
  )
}

/** The way home and the hotline, on a resident's page that was opened by itself; the way back on an office page; on any other page nothing. */
export function WayHome() {
  // The page joins the page stack as it loads, so ask once it is on screen.
  const [alone, setAlone] = useState<Alone>(null)
  useEffect(() => setAlone(openedAlone()), [])
  if (alone === 'staff') return <StaffWayBack />
  return alone === 'resident' ? <WayHomeBar /> : null
}
