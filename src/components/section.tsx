import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './section.scss'

/** A titled block of a page, with an optional "more" link on the right. */
export function Section({ title, more, onMore, children }: { title: string; more?: string; onMore?: () => void; children: ReactNode }) {
  return (
    <View className='section'>
      <View className='section__head'>
        <Text className='section__title'>{title}</Text>
        {more && (
          <Text className='section__more' onClick={onMore}>
            {more} ›
          </Text>
        )}
      </View>
      {children}
    </View>
  )
}
