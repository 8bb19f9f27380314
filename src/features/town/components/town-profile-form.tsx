import { View } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { Field } from '../../../components/field'
import type { TownProfile } from '../../../core/town'
import { messageOf, say } from '../../../services/feedback'
import { saveTownProfile } from '../api/town-office'

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * One town's profile: name, hotline and villages, which every resident page
 * takes its facts from. `named` says the deployment has several towns, so the
 * form names the town it saves (the office must never save into the wrong one).
 * The lists grow with their lines (staff.scss's long text), so a town's
 * thirty villages can be read over before saving.
 */
export function TownProfileForm({
  code,
  town,
  named,
  onSaved,
  onDirty
}: {
  code: string
  town: TownProfile
  named: boolean
  onSaved: () => void
  /** Whether something typed is not saved yet, so the page can ask before switching towns. */
  onDirty?: (dirty: boolean) => void
}) {
  const [t, setT] = useState(town)
  const [villages, setVillages] = useState(town.villages.join('\n'))
  const [units, setUnits] = useState(town.units.join('\n'))
  const [error, setError] = useState<string>()
  const set = <K extends keyof TownProfile>(k: K, v: TownProfile[K]) => setT((x) => ({ ...x, [k]: v }))
  const next: TownProfile = { ...t, villages: lines(villages), units: lines(units) }
  const dirty = JSON.stringify(next) !== JSON.stringify(town)
  useEffect(() => onDirty?.(dirty), [dirty, onDirty])
  const submit = async () => {
    setError(undefined)
    try {
      await saveTownProfile(code, next)
      say('已保存，各页面即时生效')
      onSaved()
    } catch (err) {
      setError(messageOf(err, '保存失败'))
    }
  }
  return (
    <View className='staff__card town-profile'>
      <Field label={named ? '镇（街道）名称' : '镇名'}>
        <Input className='town-profile__name' value={t.name} onChange={(v) => set('name', v)} maxLength={30} />
      </Field>
      <Field label='镇咨询电话' hint='镇防非办自己的电话。还没有就空着：居民会看到 12345 政务服务便民热线，并被告知镇里的电话还没设置。不要填 12345，那是市里的热线。'>
        <Input className='town-profile__phone' value={t.hotlinePhone} onChange={(v) => set('hotlinePhone', v)} maxLength={30} />
      </Field>
      <Field label='办公时间' hint='写法：星期 时段。1 是周一，7 是周日；多个时段用逗号，多条规则用分号。例：1-5 08:30-12:00,13:30-17:30; 6 09:00-12:00。还没定就空着，居民的卡片上就不显示。'>
        <Input className='town-profile__hours' value={t.hotlineHours} onChange={(v) => set('hotlineHours', v)} maxLength={200} />
      </Field>
      <Field label='当面咨询地址' hint='居民可以上门咨询的地方。还没定就空着，居民的卡片上就不显示。'>
        <Input className='town-profile__address' value={t.hotlineAddress} onChange={(v) => set('hotlineAddress', v)} maxLength={100} />
      </Field>
      <Field label='村（社区）' hint='一行一个。没填之前，需要选村的页面让居民自己写。'>
        <TextArea className='town-profile__villages staff__long-text is-paragraph' value={villages} onChange={setVillages} autoSize maxLength={6000} />
      </Field>
      <Field label='领导小组成员单位' hint='一行一个；举报线索可以转给这些单位。' error={error}>
        <TextArea className='town-profile__units staff__long-text is-paragraph' value={units} onChange={setUnits} autoSize maxLength={1500} />
      </Field>
      <Button className='town-profile__save' type='primary' block onClick={() => void submit()}>
        {named ? `保存${town.name}的资料` : '保存'}
      </Button>
    </View>
  )
}
