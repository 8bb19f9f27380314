import { Text, View } from '@tarojs/components'
import { categoryName } from '../../../core/categories'
import { formatDay } from '../../../core/dates'
import { blockBeingRead } from '../../../core/read-aloud'
import type { Article } from '../../../core/reading-types'
import { BodyText } from '../../../components/body-text'
import { RedFlagTags } from '../../../components/red-flag-tags'
import '../../../components/reading.scss'

/** An article; `speaking` marks the paragraph being read aloud (core/read-aloud keys). */
export function ArticleView({ article, speaking }: { article: Article; speaking?: string }) {
  return (
    <View className='reading'>
      <View className={`reading__title${speaking === 'title' ? ' is-speaking' : ''}`}>{article.title}</View>
      <View className='reading__meta'>
        <Text className='reading__category'>{categoryName(article.category)}</Text>
        <Text>{formatDay(article.publishedAt)}</Text>
      </View>
      {article.redFlags.length > 0 && (
        <View className='reading__flags'>
          <View className='reading__flags-title'>本文教您认出的危险信号</View>
          <RedFlagTags flags={article.redFlags} />
        </View>
      )}
      <BodyText source={article.body} speaking={blockBeingRead('body', speaking)} />
    </View>
  )
}
