import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { askLine } from '../core/hotlines'
import { routes } from '../routes'
import { callHotline, useHotline } from '../services/hotline'
import './way-home.scss'

type Way = 'resident' | 'staff' | 'back' | null

/**
 * Which way out a page needs. Opened by itself (a shared link or a scanned
 * code), a sub-page has nothing to go back to and no tab bar. Reached from
 * another page, it has WeChat's own back arrow, but in a browser (H5) no bar
 * at all: only the browser's back, which an elderly resident may not know.
 * Tab pages are exactly those under pages/ (src/README); the office's pages
 * are those under packages/staff/.
 */
function wayOut(): Way {
  const pages = Taro.getCurrentPages()
  const route = (pages[pages.length - 1]?.route ?? '').replace(/^\//, '')
  if (route.startsWith('pages/')) return null
  if (pages.length !== 1) return process.env.TARO_ENV === 'h5' ? 'back' : null
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

/** Back to the page before, in a browser, where there is no navigation bar. */
function BackBar() {
  return (
    <View className='way-home'>
      <Button className='way-home__back' size='large' fill='outline' type='primary' onClick={() => void Taro.navigateBack()}>
        ‹ 返回
      </Button>
    </View>
  )
}

/**
 * The way home and the hotline on a resident's page opened by itself; the way
 * back to the office on an office page opened by itself; 返回 on a sub-page in
 * a browser; on any other page nothing.
 */
export function WayHome() {
  // The page joins the page stack as it loads, so ask once it is on screen.
  const [way, setWay] = useState<Way>(null)
  useEffect(() => setWay(wayOut()), [])
  if (way === 'staff') return <StaffWayBack />
  if (way === 'back') return <BackBar />
  return way === 'resident' ? <WayHomeBar /> : null
}
