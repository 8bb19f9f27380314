import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { caseKindLabel, type CaseKind } from '../core/case-kind'
import { categoryName } from '../core/categories'
import { formatDay } from '../core/dates'
import type { RedFlag } from '../core/red-flags'
import { KeepWords } from './keep-words'
import { LocalMark } from './local-mark'
import { RedFlagTags } from './red-flag-tags'
import './content-card.scss'

// A card shows the first few signs; the lesson itself shows them all.
const MAX_FLAGS = 3

export interface ContentCardProps {
  title: string
  summary: string
  category: string
  publishedAt: string
  redFlags?: RedFlag[]
  /** A case lesson's kind, said on its card; articles have none. */
  kind?: CaseKind
  /** The town whose office wrote it (null: the district's, shown in every town). */
  town?: string | null
  url: string
  /** The title alone, a link to read on: for reading offered after something else (广告体检's 想多了解), not a list. */
  brief?: boolean
}

/** One article or case lesson in a list: the whole card is the touch target. */
export function ContentCard({ title, summary, category, publishedAt, redFlags, kind, town, url, brief }: ContentCardProps) {
  const open = () => void Taro.navigateTo({ url })
  if (brief)
    return (
      <View className='content-card is-brief' hoverClass='content-card--pressed' onClick={open}>
        <View className='content-card__title'>
          <KeepWords text={title} />
          <Text aria-hidden> ›</Text>
        </View>
      </View>
    )
  return (
    <View className='content-card' hoverClass='content-card--pressed' onClick={open}>
      <View className='content-card__title'>
        <KeepWords text={title} />
      </View>
      {kind && <View className={`content-card__kind is-${kind}`}>{caseKindLabel(kind)}</View>}
      <View className='content-card__summary'>{summary}</View>
      {redFlags && <RedFlagTags flags={redFlags.slice(0, MAX_FLAGS)} more={redFlags.length - MAX_FLAGS} />}
      <View className='content-card__meta'>
        <Text className='content-card__category'>
          {categoryName(category)}
          <LocalMark town={town} />
        </Text>
        <Text>{formatDay(publishedAt)}</Text>
      </View>
    </View>
  )
}
