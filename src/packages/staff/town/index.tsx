import { View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import type { TownProfile } from '../../../core/town'
import { getRetention, setRetention } from '../../../features/tips/api/tips'
import { saveTown, useTown } from '../../../features/town/api/town'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { messageOf, say } from '../../../services/feedback'
import '../staff.scss'

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)

function TownForm({ town, onSaved }: { town: TownProfile; onSaved: () => void }) {
  const [t, setT] = useState(town)
  const [villages, setVillages] = useState(town.villages.join('\n'))
  const [units, setUnits] = useState(town.units.join('\n'))
  const [error, setError] = useState<string>()
  const set = <K extends keyof TownProfile>(k: K, v: TownProfile[K]) => setT((x) => ({ ...x, [k]: v }))
  const submit = async () => {
    setError(undefined)
    try {
      await saveTown({ ...t, villages: lines(villages), units: lines(units) })
      say('已保存，各页面即时生效')
      onSaved()
    } catch (err) {
      setError(messageOf(err, '保存失败'))
    }
  }
  return (
    <View className='staff__card'>
      <Field label='镇名'>
        <Input value={t.name} onChange={(v) => set('name', v)} maxLength={30} />
      </Field>
      <Field label='镇咨询电话' hint='镇防非办自己的电话。还没有就空着：居民会看到 12345 政务服务便民热线，并被告知镇里的电话还没设置。不要填 12345，那是市里的热线。'>
        <Input className='town__phone' value={t.hotlinePhone} onChange={(v) => set('hotlinePhone', v)} maxLength={30} />
      </Field>
      <Field label='办公时间' hint='写法：星期 时段。1 是周一，7 是周日；多个时段用逗号，多条规则用分号。例：1-5 08:30-12:00,13:30-17:30; 6 09:00-12:00。还没定就空着，居民的卡片上就不显示。'>
        <Input value={t.hotlineHours} onChange={(v) => set('hotlineHours', v)} maxLength={200} />
      </Field>
      <Field label='当面咨询地址' hint='居民可以上门咨询的地方。还没定就空着，居民的卡片上就不显示。'>
        <Input value={t.hotlineAddress} onChange={(v) => set('hotlineAddress', v)} maxLength={100} />
      </Field>
      <Field label='村（社区）' hint='一行一个。没填之前，需要选村的页面让居民自己写。'>
        <TextArea value={villages} onChange={setVillages} rows={6} maxLength={6000} />
      </Field>
      <Field label='领导小组成员单位' hint='一行一个；举报线索可以转给这些单位。' error={error}>
        <TextArea value={units} onChange={setUnits} rows={6} maxLength={1500} />
      </Field>
      <Button type='primary' block onClick={() => void submit()}>
        保存
      </Button>
    </View>
  )
}

/** How long closed tips (and their photos) are kept before they are deleted. */
function Retention() {
  const [days, setDays] = useState('')
  const [error, setError] = useState<string>()
  useEffect(() => {
    void getRetention().then(
      (r) => setDays(String(r.days)),
      () => undefined
    )
  }, [])
  const save = async () => {
    setError(undefined)
    try {
      await setRetention(Number(days))
      say('已保存')
    } catch (err) {
      setError(messageOf(err, '保存失败'))
    }
  }
  return (
    <View className='staff__card'>
      <Field label='已办结线索保留天数' hint='到期后线索连同照片一起删除，删除会记入操作记录。默认 365 天。' error={error}>
        <View className='staff__row'>
          <Input type='number' value={days} onChange={setDays} maxLength={4} />
          <Button size='small' type='primary' onClick={() => void save()}>
            保存
          </Button>
        </View>
      </Field>
    </View>
  )
}

function Town() {
  const town = useTown()
  return (
    <StateView loading={town.loading} error={town.error} onRetry={() => void town.reload()}>
      {town.data && <TownForm town={town.data} onSaved={() => void town.reload()} />}
      <Retention />
    </StateView>
  )
}

export default function TownPage() {
  return (
    <Screen className='staff-page staff-page--narrow'>
      <StaffGate roles={['admin']}>{() => <Town />}</StaffGate>
    </Screen>
  )
}
