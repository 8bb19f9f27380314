import { Text, View } from '@tarojs/components'
import { ILLUSTRATIVE_NOTE } from '../../../core/case-kind'
import { categoryName } from '../../../core/categories'
import { formatDay } from '../../../core/dates'
import { blockBeingRead } from '../../../core/read-aloud'
import type { CaseLesson } from '../../../core/reading-types'
import { BodyText } from '../../../components/body-text'
import { RedFlagTags } from '../../../components/red-flag-tags'
import { CheckQuestion } from './check-question'
import '../../../components/reading.scss'

/** A case lesson (以案说法): the story with its red flags marked, the outcome, the lesson, a check question; `speaking` marks what is read aloud. */
export function CaseView({ lesson, speaking }: { lesson: CaseLesson; speaking?: string }) {
  const mark = (key: string): string => (speaking === key ? ' is-speaking' : '')
  return (
    <View className='reading'>
      <View className={`reading__title${mark('title')}`}>{lesson.title}</View>
      <View className='reading__meta'>
        <Text className='reading__category'>以案说法 · {categoryName(lesson.category)}</Text>
        <Text>{formatDay(lesson.publishedAt)}</Text>
      </View>
      {lesson.kind === 'real' ? (
        <View className='reading__kind is-real'>
          <View>真实案例 · 来源：{lesson.source}</View>
          <Text className='reading__source-url' userSelect>
            {lesson.sourceUrl}
          </Text>
        </View>
      ) : (
        <View className='reading__kind'>{ILLUSTRATIVE_NOTE}，地点和人物都不是真的，不是本地发生的案子。</View>
      )}
      <View className='reading__section'>
        <View className={`reading__section-title${mark('story')}`}>案情经过</View>
        <BodyText source={lesson.story} speaking={blockBeingRead('story', speaking)} />
      </View>
      <View className='reading__flags'>
        <View className='reading__flags-title'>案中的危险信号（上文已用黄色标出）</View>
        <RedFlagTags flags={lesson.redFlags} />
      </View>
      <View className='reading__section'>
        <View className={`reading__section-title${mark('outcome')}`}>钱和人最后怎样了</View>
        <BodyText source={lesson.outcome} speaking={blockBeingRead('outcome', speaking)} />
      </View>
      <View className='reading__section'>
        <View className={`reading__section-title${mark('lesson')}`}>给您提个醒</View>
        <BodyText source={lesson.lesson} speaking={blockBeingRead('lesson', speaking)} />
      </View>
      <View className='reading__section'>
        <View className='reading__section-title'>考考您</View>
        <CheckQuestion question={lesson.question} />
      </View>
    </View>
  )
}
