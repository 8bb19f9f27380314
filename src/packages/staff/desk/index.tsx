import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Button, Segmented } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { categoryName } from '../../../core/categories'
import { formatMoment } from '../../../core/dates'
import { STATUS_LABEL, useDesk, type Kind, type Status } from '../../../features/publishing/api/desk'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { DistrictItem } from '../../../features/town/components/district-item'
import type { StaffSession } from '../../../services/staff-session'
import { routes } from '../../../routes'
import '../staff.scss'

const FILTERS = [{ value: '', label: '全部' }, ...(Object.keys(STATUS_LABEL) as Status[]).map((s) => ({ value: s, label: STATUS_LABEL[s] }))]

function Desk({ session }: { session: StaffSession }) {
  const [kind, setKind] = useState<Kind>(useRouter().params.kind === 'case' ? 'case' : 'article')
  const [status, setStatus] = useState<Status | ''>('')
  const desk = useDesk(kind, status || undefined)
  useDidShow(() => void desk.reload())
  usePullDownRefresh(() => void desk.reload().finally(() => Taro.stopPullDownRefresh()))
  const items = desk.data?.items ?? []
  return (
    <View>
      <View className='staff__row'>
        <Segmented
          value={kind}
          options={[
            { label: '文章', value: 'article' },
            { label: '以案说法', value: 'case' }
          ]}
          onChange={(v) => setKind(v === 'case' ? 'case' : 'article')}
        />
        <Button className='desk__new' type='primary' onClick={() => void Taro.navigateTo({ url: routes.edit(kind) })}>
          ＋ 写新{kind === 'article' ? '文章' : '案例'}
        </Button>
      </View>
      <View className='staff__card' style={{ marginTop: '0.6em' }}>
        <Choices options={FILTERS} selected={[status]} onChange={([v]) => setStatus((v as Status) || '')} />
      </View>
      <StateView loading={desk.loading} error={desk.error} empty={items.length === 0} emptyText='这里还没有稿件' onRetry={() => void desk.reload()}>
        <View className='staff__card staff__table staff__table--no-actions'>
          <StaffTableHead columns={['标题', '状态 · 分类 · 时间']} />
          {items.map((item) => (
            <View key={item.id} className='staff__item desk__item' onClick={() => void Taro.navigateTo({ url: routes.edit(item.kind, item.id) })}>
              <View className='staff__item-title'>{item.title}</View>
              <View className='staff__row staff__meta'>
                <View className={`staff__status is-${item.status}`}>{item.scheduled ? '已排期' : STATUS_LABEL[item.status]}</View>
                <DistrictItem session={session} kind={item.kind} item={item} onChanged={() => void desk.reload()} />
                <View>{categoryName(item.category)}</View>
                <View>{item.scheduled ? `${formatMoment(Date.parse(item.publishedAt))} 自动发布` : `更新于 ${formatMoment(Date.parse(item.updatedAt))}`}</View>
              </View>
            </View>
          ))}
        </View>
      </StateView>
    </View>
  )
}

export default function DeskPage() {
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['editor', 'publisher']}>{(session) => <Desk session={session} />}</StaffGate>
    </Screen>
  )
}
