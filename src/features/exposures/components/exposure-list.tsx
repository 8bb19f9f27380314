import { View } from '@tarojs/components'
import { ContentListFooter } from '../../../components/content-list'
import { LocalMark } from '../../../components/local-mark'
import { StateView } from '../../../components/state-view'
import type { PagedList } from '../../../services/use-resource'
import type { Exposure } from '../../../core/lookup'
import './exposure-list.scss'

/** The exposure list as residents see it: what it is for, then who, what they did, when, and who said so. */
export function ExposureList({ list, q }: { list: PagedList<Exposure>; q: string }) {
  return (
    <>
      {/* Above the states, so an empty list on a new install still says what it is for. */}
      <View className='exposure-list__note'>曝光台登着被有关部门警示或查处过的机构和个人。遇到它们，请不要交钱。</View>
      <StateView
        loading={list.loading}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={q ? `曝光台上没有“${q}”。没查到不代表安全，拿不准就打首页上的咨询电话问一问。` : '镇里还没有发布曝光信息。没上曝光台也不代表安全，拿不准就打首页上的咨询电话问一问。'}
        offlineSince={list.offlineSince}
        onRetry={() => void list.refresh()}
      >
        {list.items.map((x) => (
          <View key={x.id} className='exposure-list__item'>
            <View className='exposure-list__name'>
              {x.name}
              <LocalMark town={x.town} />
            </View>
            <View className='exposure-list__what'>{x.what}</View>
            {x.identifiers.length > 0 && <View className='exposure-list__ids'>{x.identifiers.join('　')}</View>}
            <View className='exposure-list__meta'>
              {x.exposedOn} · 来源：{x.source}
            </View>
          </View>
        ))}
        <ContentListFooter list={list} />
      </StateView>
    </>
  )
}
