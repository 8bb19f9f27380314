import { ScrollView, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useShareAppMessage } from '@tarojs/taro'
import { SearchBar, Segmented } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { ContentList } from '../../components/content-list'
import { EntryCard } from '../../components/entry-card'
import { LargeTypeSwitch } from '../../components/large-type-switch'
import { Screen } from '../../components/screen'
import { useArticles } from '../../features/articles/api/get-articles'
import { useCategories } from '../../features/articles/api/get-categories'
import { useCases } from '../../features/cases/api/get-cases'
import { useExposures } from '../../features/exposures/api/exposures'
import { ExposureList } from '../../features/exposures/components/exposure-list'
import { routes } from '../../routes'
import { useStaffTabLabel } from '../../services/staff-tab'
import { sharePath } from '../../services/town-choice'
import './index.scss'

type Kind = 'articles' | 'cases' | 'exposures'

export default function Learn() {
  const [kind, setKind] = useState<Kind>('articles')
  const [category, setCategory] = useState<string | undefined>(undefined)
  const [input, setInput] = useState('')
  const [q, setQ] = useState('')
  const categories = useCategories()
  // A search looks through every category: a resident searching 原始股 should not have to guess its category first.
  const shown = q ? undefined : category
  // Only the list on screen is fetched: two at once would halve a slow connection.
  const articles = useArticles({ category: shown, q }, kind === 'articles')
  const cases = useCases({ category: shown, q }, kind === 'cases')
  const exposures = useExposures(q, kind === 'exposures')
  const list = kind === 'articles' ? articles : kind === 'cases' ? cases : exposures

  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void list.loadMore())
  useStaffTabLabel()
  useShareAppMessage(() => ({ title: '防范非法集资，一起来学习', path: sharePath(routes.learn) }))

  return (
    <Screen>
      <View className='learn__top'>
        <View className='learn__kinds'>
          <Segmented
            value={kind}
            options={[
              { label: '防骗文章', value: 'articles' },
              { label: '以案说法', value: 'cases' },
              { label: '曝光台', value: 'exposures' }
            ]}
            onChange={(v) => setKind(v === 'cases' || v === 'exposures' ? v : 'articles')}
          />
        </View>
        <LargeTypeSwitch />
      </View>
      <SearchBar
        className='learn__search'
        // The red 搜索 beside the box says what it is for; the magnifier it replaces took room that, with 大字 on a
        // narrow phone, left the box a single character wide. The hint is examples only, so even cut off it says what to type.
        leftIn={null}
        placeholder={kind === 'exposures' ? '机构或个人的名称' : '养老、返利、原始股…'}
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
      {kind !== 'exposures' && !q && (
        <ScrollView scrollX className='learn__chips' enableFlex>
          {[{ code: undefined, name: '全部', count: 0 }, ...categories].map((c) => (
            <View key={c.code ?? 'all'} className={`learn__chip ${category === c.code ? 'is-active' : ''}`} role='button' aria-pressed={category === c.code} onClick={() => setCategory(c.code)}>
              <Text>{c.name}</Text>
              {kind === 'articles' && c.count > 0 && <Text className='learn__chip-count'>{c.count}</Text>}
            </View>
          ))}
        </ScrollView>
      )}
      {q && (
        <View className='learn__query'>
          {kind === 'exposures' ? `搜索“${q}”的结果` : `在全部分类里搜索“${q}”的结果`}
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
      {kind !== 'exposures' && !q && <EntryCard title='广告体检' text='手里有一条拿不准的宣传？粘贴进来查一查。' url={routes.adCheck} />}
      {kind === 'exposures' ? (
        <ExposureList list={exposures} q={q} />
      ) : (
        <ContentList
          list={kind === 'articles' ? articles : cases}
          url={kind === 'articles' ? routes.article : routes.caseLesson}
          emptyText={q ? '没有找到相关内容，换个词试试' : '这个分类下还没有内容'}
          paged
        />
      )}
    </Screen>
  )
}
