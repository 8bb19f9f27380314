import { ScrollView, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { SearchBar, Segmented } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { ContentCard } from '../../components/content-card'
import { LargeTypeSwitch } from '../../components/large-type-switch'
import { Screen } from '../../components/screen'
import { StateView } from '../../components/state-view'
import { useArticles } from '../../features/articles/api/get-articles'
import { useCategories } from '../../features/articles/api/get-categories'
import { useCases } from '../../features/cases/api/get-cases'
import type { PagedList } from '../../services/use-resource'
import { routes } from '../../routes'
import './index.scss'

type Kind = 'articles' | 'cases'

function ListFooter({ list }: { list: PagedList<unknown> }) {
  if (list.items.length === 0) return null
  const text = list.loadingMore ? '正在加载更多…' : list.done ? `共 ${list.total} 篇，已经到底了` : '上滑加载更多'
  return <View className='learn__footer'>{text}</View>
}

export default function Learn() {
  const [kind, setKind] = useState<Kind>('articles')
  const [category, setCategory] = useState<string | undefined>(undefined)
  const [input, setInput] = useState('')
  const [q, setQ] = useState('')
  const categories = useCategories()
  const articles = useArticles({ category, q })
  const cases = useCases({ category, q })
  const list: PagedList<unknown> = kind === 'articles' ? articles : cases

  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void list.loadMore())
  useShareAppMessage(() => ({ title: '防范非法集资，一起来学习', path: routes.learn }))

  return (
    <Screen>
      <View className='learn__top'>
        <View className='learn__kinds'>
          <Segmented
            value={kind}
            options={[
              { label: '防骗文章', value: 'articles' },
              { label: '以案说法', value: 'cases' }
            ]}
            onChange={(v) => setKind(v === 'cases' ? 'cases' : 'articles')}
          />
        </View>
        <LargeTypeSwitch />
      </View>
      <SearchBar
        className='learn__search'
        placeholder='搜一搜：养老、返利、原始股…'
        maxLength={100}
        value={input}
        onChange={(v) => setInput(v)}
        onSearch={(v) => setQ(v.trim())}
        right={
          <Text className='learn__search-go' onClick={() => setQ(input.trim())}>
            搜索
          </Text>
        }
        onClear={() => {
          setInput('')
          setQ('')
        }}
      />
      <ScrollView scrollX className='learn__chips' enableFlex>
        {[{ code: undefined, name: '全部', count: 0 }, ...categories].map((c) => (
          <View
            key={c.code ?? 'all'}
            className={`learn__chip ${category === c.code ? 'is-active' : ''}`}
            role='button'
            aria-pressed={category === c.code}
            onClick={() => setCategory(c.code)}
          >
            <Text>{c.name}</Text>
            {kind === 'articles' && c.count > 0 && <Text className='learn__chip-count'>{c.count}</Text>}
          </View>
        ))}
      </ScrollView>
      {q && (
        <View className='learn__query'>
          搜索“{q}”的结果
          <Text
            className='learn__query-clear'
            onClick={() => {
              setInput('')
              setQ('')
            }}
          >
            清除
          </Text>
        </View>
      )}
      <StateView
        loading={list.loading}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={q ? '没有找到相关内容，换个词试试' : '这个分类下还没有内容'}
        offlineSince={list.offlineSince}
        onRetry={() => void list.refresh()}
      >
        {kind === 'articles'
          ? articles.items.map((a) => <ContentCard key={a.id} {...a} url={routes.article(a.id)} />)
          : cases.items.map((c) => <ContentCard key={c.id} {...c} url={routes.caseLesson(c.id)} />)}
        <ListFooter list={list} />
      </StateView>
    </Screen>
  )
}
