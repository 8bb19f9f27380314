import { View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Field } from '../../../components/field'
import { useListEditing } from '../../../components/use-list-editing'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { createExposure, saveExposure, setExposurePublished, useExposureRecords, type ExposureFields, type ExposureRecord } from '../../../features/exposures/api/exposures'
import { DatePick } from '../../../features/staff/components/date-pick'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { DistrictItem, isDistrictItemFor } from '../../../features/town/components/district-item'
import type { StaffSession } from '../../../services/staff-session'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { messageOf } from '../../../services/feedback'
import { beijingToday } from '../../../core/campaign'
import { identifierProblem, IDENTIFIER_LIMITS } from '../../../core/lookup'
import { takeExposureFormName } from '../../../services/exposure-handoff'
import '../staff.scss'

type FormFields = Omit<ExposureFields, 'identifiers'> & { identifiers: string }

const BLANK: FormFields = { name: '', what: '', exposedOn: '', source: '', identifiers: '' }

const lines = (text: string) =>
  text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean)

function ExposureForm({ initial, fromTip = false, onDone }: { initial: ExposureRecord | FormFields | null; fromTip?: boolean; onDone: () => void }) {
  // A new entry is dated today (Beijing), the usual case; the picker changes it.
  const [f, setF] = useState<FormFields>(() =>
    initial
      ? { ...initial, exposedOn: initial.exposedOn || beijingToday(new Date()), identifiers: Array.isArray(initial.identifiers) ? initial.identifiers.join('\n') : initial.identifiers }
      : { ...BLANK, exposedOn: beijingToday(new Date()) }
  )
  const [error, setError] = useState<string>()
  const set = <K extends keyof FormFields>(k: K, v: string) => setF((x) => ({ ...x, [k]: v }))
  const identifiers = lines(f.identifiers)
  // The same rule the server applies, shown while typing.
  const identifierError = identifiers.length > IDENTIFIER_LIMITS.count ? `最多 ${IDENTIFIER_LIMITS.count} 项。` : (identifiers.map(identifierProblem).find(Boolean) ?? undefined)
  const submit = async () => {
    try {
      const fields: ExposureFields = { name: f.name.trim(), what: f.what.trim(), exposedOn: f.exposedOn, source: f.source.trim(), identifiers }
      if (initial && 'id' in initial) await saveExposure(initial.id, fields)
      else await createExposure(fields)
      onDone()
    } catch (err) {
      setError(messageOf(err, '保存失败'))
    }
  }
  return (
    <View className='staff__card'>
      <View className='staff__title'>{initial && 'id' in initial ? '修改曝光信息' : '发布曝光信息'}</View>
      <View className='staff__soft'>只发布经核实、有处理依据的信息，写明来源。</View>
      {fromTip && <View className='staff__soft exposures__from-tip'>名称取自一条举报线索。只写镇里核实并决定公开的内容，不要写举报人说的细节，也不要提到有人举报。</View>}
      <Field label='机构或个人名称'>
        <Input value={f.name} onChange={(v) => set('name', v)} maxLength={60} />
      </Field>
      <Field label='其他名称、电话、网址、账号' hint='每行一项，最多 10 项，只写决定公开的。居民用“查一查”输入其中任何一项都能查到这一条。' error={identifierError}>
        <TextArea className='exposures__identifiers' value={f.identifiers} onChange={(v) => set('identifiers', v)} rows={3} placeholder={'例如：\n022-2739 1234\nwww.example.com\n微信号：abc123'} />
      </Field>
      <Field label='问题' hint='做了什么、被警示或查处的情况'>
        <TextArea value={f.what} onChange={(v) => set('what', v)} maxLength={500} rows={4} />
      </Field>
      <Field label='日期'>
        <DatePick value={f.exposedOn} onChange={(v) => set('exposedOn', v)} placeholder='选日期' />
      </Field>
      <Field label='来源' hint='例如：镇防范非法集资领导小组办公室、区金融局通报' error={error}>
        <Input value={f.source} onChange={(v) => set('source', v)} maxLength={100} />
      </Field>
      <View className='staff__actions'>
        <Button type='primary' onClick={() => void submit()}>
          保存并发布
        </Button>
        <Button fill='outline' onClick={onDone}>
          取消
        </Button>
      </View>
    </View>
  )
}

function Exposures({ session }: { session: StaffSession }) {
  const list = useExposureRecords()
  const { editing, setEditing, done, toggle } = useListEditing<ExposureRecord>(list.reload, setExposurePublished)
  // A name the tip desk decided to publish (加入曝光台): a new entry starts with it.
  const [fromTip, setFromTip] = useState(takeExposureFormName)
  if (fromTip)
    return (
      <ExposureForm
        initial={{ ...BLANK, name: fromTip.slice(0, 60) }}
        fromTip
        onDone={() => {
          setFromTip(null)
          done()
        }}
      />
    )
  if (editing) return <ExposureForm initial={editing === 'new' ? null : editing} onDone={done} />
  const items = list.data?.items ?? []
  return (
    <View>
      <Button type='primary' onClick={() => setEditing('new')}>
        ＋ 发布曝光信息
      </Button>
      <StateView loading={list.loading} error={list.error} empty={items.length === 0} emptyText='曝光台还是空的' onRetry={() => void list.reload()}>
        <View className='staff__card staff__table' style={{ marginTop: '0.6em' }}>
          <StaffTableHead columns={['名称', '日期 · 来源 · 状态 · 事由', '操作']} />
          {items.map((x) => (
            <View key={x.id} className='staff__item'>
              <View className='staff__item-title'>{x.name}</View>
              <DistrictItem session={session} kind={'exposure'} item={x} onChanged={() => void list.reload()} />
              <View className='staff__meta'>
                {x.exposedOn} · {x.source} · {x.status === 'published' ? '已发布' : '已撤下'}
              </View>
              <View>{x.what}</View>
              {x.identifiers.length > 0 && <View className='staff__meta'>{x.identifiers.join(' · ')}</View>}
              {!isDistrictItemFor(session, x.town) && (
                <View className='staff__actions'>
                  <Button size='small' fill='outline' onClick={() => setEditing(x)}>
                    修改
                  </Button>
                  <Button size='small' fill='outline' onClick={() => void toggle(x)}>
                    {x.status === 'published' ? '撤下' : '重新发布'}
                  </Button>
                </View>
              )}
            </View>
          ))}
        </View>
      </StateView>
    </View>
  )
}

export default function ExposuresPage() {
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['publisher']}>{(session) => <Exposures session={session} />}</StaffGate>
    </Screen>
  )
}
