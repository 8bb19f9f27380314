import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useTypeScale } from '../services/font-scale'
import { PrivacyPopup } from './privacy-popup'
import { WayHome } from './way-home'
import './screen.scss'

/**
 * The root of every page: applies the resident's type size, so all em-based
 * sizes follow it, hosts the privacy popup, and on a page opened by itself
 * (a shared link) leads home and to the hotline.
 */
export function Screen({ children, className }: { children: ReactNode; className?: string }) {
  const { px } = useTypeScale()
  return (
    <View className={`screen ${className ?? ''}`} style={{ fontSize: `${px}px` }}>
      <WayHome />
      {children}
      <PrivacyPopup />
    </View>
  )
}
