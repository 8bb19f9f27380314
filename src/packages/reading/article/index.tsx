import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Screen } from '../../../components/screen'
import { ShareButton } from '../../../components/share-button'
import { StateView } from '../../../components/state-view'
import { useArticle } from '../../../features/articles/api/get-article'
import { ArticleView } from '../../../features/articles/components/article-view'
import { routes } from '../../../routes'

export default function ArticlePage() {
  const id = useRouter().params.id ?? ''
  const { data, loading, error, offlineSince, reload } = useArticle(id)
  useShareAppMessage(() => ({ title: data?.title ?? '防范非法集资', path: routes.article(id) }))
  return (
    <Screen>
      <StateView loading={loading} error={error} offlineSince={offlineSince} onRetry={() => void reload()}>
        {data && (
          <View>
            <ArticleView article={data} />
            <View className='reading__actions'>
              <ShareButton />
            </View>
          </View>
        )}
      </StateView>
    </Screen>
  )
}
