import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { useTypeScale } from '../services/font-scale'
import './screen.scss'

/** The root of every page: applies the resident's type size, so all em-based sizes follow it. */
export function Screen({ children, className }: { children: ReactNode; className?: string }) {
  const { px } = useTypeScale()
  return (
    <View className={`screen ${className ?? ''}`} style={{ fontSize: Taro.pxTransform(px) }}>
      {children}
    </View>
  )
}
