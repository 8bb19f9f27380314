import { useRouter } from '@tarojs/taro'
import { articleScript } from '../../../core/read-aloud'
import { ReadingPage } from '../../../components/reading-page'
import { useArticle } from '../../../features/articles/api/get-article'
import { ArticleView } from '../../../features/articles/components/article-view'
import { routes } from '../../../routes'

export default function ArticlePage() {
  const id = useRouter().params.id ?? ''
  return (
    <ReadingPage resource={useArticle(id)} share={(a) => ({ title: a?.title ?? '防范非法集资', path: routes.article(id) })} script={articleScript}>
      {(article, speaking) => <ArticleView article={article} speaking={speaking} />}
    </ReadingPage>
  )
}
