import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import type { Article, CaseLesson } from '../../../core/reading-types'
import { ArticleView } from '../../../features/articles/components/article-view'
import { CaseView } from '../../../features/cases/components/case-view'
import { usePreview } from '../../../features/publishing/api/desk'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import '../staff.scss'

/** A draft exactly as residents will see it: the same components the reading pages use. */
function Preview({ kind, id }: { kind: 'article' | 'case'; id: string }) {
  const preview = usePreview<Article | CaseLesson>(kind, id)
  return (
    <StateView loading={preview.loading} error={preview.error} onRetry={() => void preview.reload()}>
      {preview.data && (
        <View>
          <View className='staff__card staff__soft preview__banner'>预览：这就是居民将看到的样子。发布之前，居民看不到。</View>
          {kind === 'article' ? <ArticleView article={preview.data as Article} /> : <CaseView lesson={preview.data as CaseLesson} />}
        </View>
      )}
    </StateView>
  )
}

export default function PreviewPage() {
  const params = useRouter().params
  return (
    <Screen className='staff-page staff-page--narrow'>
      <StaffGate roles={['editor', 'publisher']}>{() => <Preview kind={params.kind === 'case' ? 'case' : 'article'} id={params.id ?? ''} />}</StaffGate>
    </Screen>
  )
}
