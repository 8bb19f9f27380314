import { View } from '@tarojs/components'
import type { CaseKind } from '../core/case-kind'
import type { RedFlag } from '../core/red-flags'
import type { PagedList } from '../services/use-resource'
import { ContentCard } from './content-card'
import { StateView } from './state-view'
import './content-list.scss'

interface Listed {
  id: string
  title: string
  summary: string
  category: string
  publishedAt: string
  redFlags?: RedFlag[]
  kind?: CaseKind
  town?: string | null
}

/** "Loading more", "scroll for more" or "that is all", under any paged list. */
export function ContentListFooter({ list }: { list: PagedList<unknown> }) {
  const text = list.loadingMore ? '正在加载更多…' : list.done ? `共 ${list.total} 条，已经到底了` : '上滑加载更多'
  return <View className='content-list__footer'>{text}</View>
}

/** A list of articles or case lessons with its loading, empty, error and offline states. */
export function ContentList({ list, url, emptyText, paged = false }: { list: PagedList<Listed>; url: (id: string) => string; emptyText: string; paged?: boolean }) {
  return (
    <StateView loading={list.loading} error={list.error} empty={list.items.length === 0} emptyText={emptyText} offlineSince={list.offlineSince} onRetry={() => void list.refresh()}>
      {list.items.map((item) => (
        <ContentCard key={item.id} {...item} url={url(item.id)} />
      ))}
      {paged && <ContentListFooter list={list} />}
    </StateView>
  )
}
