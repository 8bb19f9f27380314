import { Text, View } from '@tarojs/components'
import { Button, Empty, Loading } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import { formatMoment } from '../core/dates'
import './state-view.scss'

export interface StateViewProps {
  loading: boolean
  error?: string
  empty?: boolean
  emptyText?: string
  offlineSince?: number
  onRetry?: () => void
  children?: ReactNode
}

// NutUI's default pictures are fetched from a CDN, which is exactly what fails
// on a bad network; a drawn glyph needs nothing.
/**
 * Loading, error, empty and offline states in one place, so every screen
 * tells a resident what is going on in the same plain words.
 */
export function StateView({ loading, error, empty, emptyText, offlineSince, onRetry, children }: StateViewProps) {
  const hasContent = !empty && children !== undefined && children !== null && children !== false
  return (
    <View className='state-view'>
      {offlineSince !== undefined && (
        <View className='state-view__offline' role='status'>
          <Text>网络不好，正在显示 {formatMoment(offlineSince)} 保存在手机上的内容</Text>
        </View>
      )}
      {error && !hasContent && (
        <Empty image={<View className='state-view__glyph'>!</View>} imageSize={72} title='没能加载' description={error}>
          {onRetry && (
            <View className='state-view__retry'>
              <Button type='primary' size='large' onClick={onRetry}>
                重新加载
              </Button>
            </View>
          )}
        </Empty>
      )}
      {error && hasContent && (
        <View className='state-view__inline-error' role='alert'>
          <Text>{error}</Text>
          {onRetry && (
            <Button size='small' fill='outline' type='primary' onClick={onRetry}>
              重试
            </Button>
          )}
        </View>
      )}
      {loading && !hasContent && (
        <View className='state-view__loading'>
          <Loading direction='vertical'>正在加载…</Loading>
        </View>
      )}
      {!loading && !error && empty && <Empty image={<View className='state-view__glyph is-quiet'>空</View>} imageSize={72} title={emptyText ?? '这里还没有内容'} />}
      {hasContent && children}
    </View>
  )
}
