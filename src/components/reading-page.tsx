import { View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { useEffect, type ReactNode } from 'react'
import { noteLearning } from '../services/learning-streak'
import { sharePath } from '../services/town-choice'
import type { Resource } from '../services/use-resource'
import { Screen } from './screen'
import { ShareButton } from './share-button'
import { StateView } from './state-view'

/** The frame of an article or case lesson page: states, the content, and sharing it to a chat. */
export function ReadingPage<T>({ resource, share, children }: { resource: Resource<T>; share: (data?: T) => { title: string; path: string }; children: (data: T) => ReactNode }) {
  const { data, loading, error, offlineSince, reload } = resource
  // The card carries this resident's town, so the family member who opens it sees the same town's hotline.
  useShareAppMessage(() => {
    const card = share(data)
    return { ...card, path: sharePath(card.path) }
  })
  const shown = data !== undefined
  // An article or case on the screen counts as a day learned, on this phone only.
  useEffect(() => {
    if (shown) noteLearning()
  }, [shown])
  return (
    <Screen>
      <StateView loading={loading} error={error} offlineSince={offlineSince} onRetry={() => void reload()}>
        {data !== undefined && (
          <View>
            {children(data)}
            <View className='reading__actions'>
              <ShareButton />
            </View>
          </View>
        )}
      </StateView>
    </Screen>
  )
}
