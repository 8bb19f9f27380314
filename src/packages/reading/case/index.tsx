import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Screen } from '../../../components/screen'
import { ShareButton } from '../../../components/share-button'
import { StateView } from '../../../components/state-view'
import { useCase } from '../../../features/cases/api/get-case'
import { CaseView } from '../../../features/cases/components/case-view'
import { routes } from '../../../routes'

export default function CasePage() {
  const id = useRouter().params.id ?? ''
  const { data, loading, error, offlineSince, reload } = useCase(id)
  useShareAppMessage(() => ({ title: data ? `以案说法：${data.title}` : '以案说法', path: routes.caseLesson(id) }))
  return (
    <Screen>
      <StateView loading={loading} error={error} offlineSince={offlineSince} onRetry={() => void reload()}>
        {data && (
          <View>
            <CaseView lesson={data} />
            <View className='reading__actions'>
              <ShareButton />
            </View>
          </View>
        )}
      </StateView>
    </Screen>
  )
}
