import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import { useTypeScale } from '../services/font-scale'
import { rememberTownFromLink } from '../services/town-choice'
import { PrivacyPopup } from './privacy-popup'
import { WayHome } from './way-home'
import './screen.scss'

/**
 * The root of every page: applies the resident's type size, so all em-based
 * sizes follow it, hosts the privacy popup, and on a page opened by itself
 * (a shared link) leads home and to the hotline. A page opened with a town
 * in its query (a shared card, a mini-program code's scene) makes that the
 * resident's town, before the page's requests go out.
 */
export function Screen({ children, className }: { children: ReactNode; className?: string }) {
  const { params } = useRouter()
  useState(() => rememberTownFromLink(params))
  const { px } = useTypeScale()
  return (
    <View className={`screen ${className ?? ''}`} style={{ fontSize: `${px}px` }}>
      <WayHome />
      {children}
      <PrivacyPopup />
    </View>
  )
}
