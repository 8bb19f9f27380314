import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useTypeScale } from '../services/font-scale'
import { PrivacyPopup } from './privacy-popup'
import './screen.scss'

/** The root of every page: applies the resident's type size, so all em-based sizes follow it, and hosts the privacy popup. */
export function Screen({ children, className }: { children: ReactNode; className?: string }) {
  const { px } = useTypeScale()
  return (
    <View className={`screen ${className ?? ''}`} style={{ fontSize: `${px}px` }}>
      {children}
      <PrivacyPopup />
    </View>
  )
}
