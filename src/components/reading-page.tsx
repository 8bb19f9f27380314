import { View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { SpokenPart } from '../core/read-aloud'
import { noteLearning } from '../services/learning-streak'
import { sharePath } from '../services/town-choice'
import type { Resource } from '../services/use-resource'
import { ReadAloud } from './read-aloud'
import { Screen } from './screen'
import { ShareButton } from './share-button'
import { StateView } from './state-view'

interface ReadingPageProps<T> {
  resource: Resource<T>
  share: (data?: T) => { title: string; path: string }
  /** What 朗读 reads, in order (core/read-aloud). */
  script: (data: T) => SpokenPart[]
  /** The content; `speaking` is the key of the paragraph being read aloud, to mark it. */
  children: (data: T, speaking: string | undefined) => ReactNode
}

/** The frame of an article or case lesson page: states, 朗读, the content, and sharing it to a chat. */
export function ReadingPage<T>({ resource, share, script, children }: ReadingPageProps<T>) {
  const { data, loading, error, offlineSince, reload } = resource
  const [speaking, setSpeaking] = useState<string>()
  const spoken = useMemo(() => (data === undefined ? [] : script(data)), [data, script])
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
            <ReadAloud script={spoken} onPart={setSpeaking} />
            {children(data, speaking)}
            <View className='reading__actions'>
              <ShareButton />
            </View>
          </View>
        )}
      </StateView>
    </Screen>
  )
}
