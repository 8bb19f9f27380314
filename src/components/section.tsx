import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { KeepWords } from './keep-words'
import './section.scss'

/** A titled block of a page, with an optional "more" link on the right. */
export function Section({ title, more, onMore, children }: { title: string; more?: string; onMore?: () => void; children: ReactNode }) {
  return (
    <View className='section'>
      <View className='section__head'>
        {/* The title breaks only between words; the short link not at all, and goes under the title when both do not fit
            (at 320 px with 大字 匿名举报线索 and 凭回执码查进展 › split as 进 | 展 ›). */}
        <Text className='section__title'>
          <KeepWords text={title} />
        </Text>
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
