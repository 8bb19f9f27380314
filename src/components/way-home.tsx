import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { askLine } from '../core/hotlines'
import { routes } from '../routes'
import { callHotline, useHotline } from '../services/hotline'
import './way-home.scss'

/**
 * Whether this page is the first and only one open and not a tab: opened from
 * a shared link or a scanned code, it has nothing to go back to and no tab
 * bar. Tab pages are exactly those under pages/ (src/README).
 */
function openedAlone(): boolean {
  const pages = Taro.getCurrentPages()
  const route = (pages[pages.length - 1]?.route ?? '').replace(/^\//, '')
  return pages.length === 1 && !route.startsWith('pages/')
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

/** The way home and the hotline, on a page that was opened by itself; on any other page nothing. */
export function WayHome() {
  // The page joins the page stack as it loads, so ask once it is on screen.
  const [alone, setAlone] = useState(false)
  useEffect(() => setAlone(openedAlone()), [])
  return alone ? <WayHomeBar /> : null
}
