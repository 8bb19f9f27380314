import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import type { RedFlag } from '../core/red-flags'
import './red-flag-tags.scss'

export function RedFlagTags({ flags, more = 0 }: { flags: RedFlag[]; more?: number }) {
  if (flags.length === 0) return null
  return (
    <View className='red-flag-tags'>
      {flags.map((f) => (
        <Tag key={f.code} type='danger' plain className='red-flag-tags__tag'>
          ⚑ {f.label}
        </Tag>
      ))}
      {more > 0 && <Text className='red-flag-tags__more'>等 {more + flags.length} 个信号</Text>}
    </View>
  )
}
