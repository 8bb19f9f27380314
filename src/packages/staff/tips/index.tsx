import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { formatMoment } from '../../../core/dates'
import { TIP_DISGUISES, TIP_STATUSES, type TipStatusCode } from '../../../core/tips'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { useDeskTips } from '../../../features/tips/api/tips'
import { useTown } from '../../../features/town/api/town'
import { routes } from '../../../routes'
import '../staff.scss'

const disguiseName = (code: string) => TIP_DISGUISES.find((d) => d.code === code)?.name ?? code

function TipDesk() {
  const [status, setStatus] = useState('')
  const [disguise, setDisguise] = useState('')
  const [village, setVillage] = useState('')
  const town = useTown()
  const tips = useDeskTips({ status: (status || undefined) as TipStatusCode | undefined, disguise: disguise || undefined, village: village || undefined })
  useDidShow(() => void tips.reload())
  usePullDownRefresh(() => void tips.reload().finally(() => Taro.stopPullDownRefresh()))
  const items = tips.data?.items ?? []
  return (
    <View>
      <View className='staff__card'>
        <Field label='状态'>
          <Choices options={[{ value: '', label: '全部' }, ...Object.entries(TIP_STATUSES).map(([value, label]) => ({ value, label }))]} selected={[status]} onChange={([v]) => setStatus(v)} />
        </Field>
        <Field label='名义'>
          <Choices options={[{ value: '', label: '全部' }, ...TIP_DISGUISES.map((d) => ({ value: d.code, label: d.name }))]} selected={[disguise]} onChange={([v]) => setDisguise(v)} />
        </Field>
        {(town.data?.villages.length ?? 0) > 0 && (
          <Field label='村（社区）'>
            <Choices options={[{ value: '', label: '全部' }, ...(town.data?.villages ?? []).map((v) => ({ value: v, label: v }))]} selected={[village]} onChange={([v]) => setVillage(v)} />
          </Field>
        )}
      </View>
      <StateView loading={tips.loading} error={tips.error} empty={items.length === 0} emptyText='没有符合条件的线索' onRetry={() => void tips.reload()}>
        <View className='staff__card'>
          {items.map((t) => (
            <View key={t.id} className='staff__item tip-desk__item' onClick={() => void Taro.navigateTo({ url: routes.tipDetail(t.id) })}>
              <View className='staff__item-title'>{t.content.organisation || '（未写名称）'}</View>
              <View className='staff__row staff__meta'>
                <View className={`staff__status is-${t.status === 'new' ? 'review' : t.status === 'closed' ? 'published' : t.status === 'rejected' ? 'withdrawn' : 'draft'}`}>{t.statusLabel}</View>
                <View>{disguiseName(t.content.disguise)}</View>
                <View>{t.content.place || '地点未写'}</View>
                <View>{formatMoment(Date.parse(t.createdAt))}</View>
              </View>
              <View className='staff__meta'>{t.content.what.slice(0, 60)}</View>
            </View>
          ))}
        </View>
      </StateView>
    </View>
  )
}

export default function TipDeskPage() {
  return (
    <Screen>
      <StaffGate roles={['tip_handler']}>{() => <TipDesk />}</StaffGate>
    </Screen>
  )
}
