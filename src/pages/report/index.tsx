import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../components/choices'
import { Field } from '../../components/field'
import { Screen } from '../../components/screen'
import { Section } from '../../components/section'
import { AMOUNT_RANGES, PEOPLE_RANGES, TIP_DISGUISES, TIP_LIMITS } from '../../core/tips'
import { useHotline } from '../../services/hotline'
import { HotlineCard } from '../../features/hotline/components/hotline-card'
import { sendTip, type SendingPhase } from '../../features/tips/api/tips'
import { ContactField } from '../../features/tips/components/contact-field'
import { PhotoPicker, type PickedPhoto } from '../../features/tips/components/photo-picker'
import { ReceiptCard } from '../../features/tips/components/receipt-card'
import { useFiling, type FilingProblem } from '../../features/tips/hooks/use-filing'
import { useTown } from '../../features/town/api/town'
import { DestinationField, useDestination } from '../../features/town/components/destination-field'
import { routes } from '../../routes'
import { say } from '../../services/feedback'
import { takeTipFormText } from '../../services/handoff'
import { useStaffTabLabel } from '../../services/staff-tab'
import './index.scss'

const OTHER_PLACE = '__other__'

interface Draft {
  disguise: string
  organisation: string
  village: string
  placeText: string
  what: string
  amount: string
  people: string
  when: string
  contactOn: boolean
  contact: string
  photos: PickedPhoto[]
}

const EMPTY: Draft = { disguise: '', organisation: '', village: '', placeText: '', what: '', amount: '', people: '', when: '', contactOn: false, contact: '', photos: [] }

const check = (d: Draft): FilingProblem<Draft> | null =>
  !d.disguise ? { field: 'disguise', message: '请选一个最像的名义（说不清就选“其他或说不清”）。' } : !d.what.trim() ? { field: 'what', message: '请写一写发生了什么。' } : null

export default function Report() {
  useStaffTabLabel()
  const hotline = useHotline()
  const town = useTown()
  const villages = town.data?.villages ?? []
  const freeText = (d: Draft) => villages.length === 0 || d.village === OTHER_PLACE
  const destination = useDestination(town.data?.name)
  const [sentTo, setSentTo] = useState<string>()
  const send = async (d: Draft, onPhase: (phase: SendingPhase) => void) => {
    const receipt = await sendTip(
      {
        disguise: d.disguise,
        organisation: d.organisation.trim(),
        place: freeText(d) ? d.placeText.trim() : d.village,
        what: d.what.trim(),
        ...(d.amount ? { amount: d.amount } : {}),
        ...(d.people ? { people: d.people } : {}),
        ...(d.when.trim() ? { when: d.when.trim() } : {}),
        ...(d.contactOn && d.contact.trim() ? { contact: d.contact.trim() } : {}),
        photoIds: d.photos.map((p) => p.id)
      },
      onPhase,
      destination.code
    )
    setSentTo(destination.receiptName)
    destination.reset()
    return receipt
  }
  const { draft: d, set, update, error, busy, receipt, submit, done } = useFiling({ empty: EMPTY, check, send })
  // Photos are sealed for the office they were sent to: another destination needs them sent again.
  const pickDestination = (code: string) => {
    if (code === destination.code) return
    if (d.photos.length > 0) {
      set('photos', [])
      say('换了接收的地方，请重新添加照片')
    }
    destination.pick(code)
  }
  // Arriving from 广告体检 with an advert to report: it fills "what happened".
  useDidShow(() => {
    const text = takeTipFormText()
    if (text) update((x) => ({ ...x, what: `看到这样的宣传：\n${text}`.slice(0, TIP_LIMITS.what) }))
  })

  if (receipt) {
    return (
      <Screen>
        <ReceiptCard receipt={receipt} townName={sentTo ?? town.data?.name ?? ''} kind='tip' onDone={done} />
      </Screen>
    )
  }

  return (
    <Screen>
      {/* The form first: a resident who opens 举报 (or arrives from 广告体检 with the advert filled in) came to report,
          and with 大字 the hotline card took the whole first screen. The lines to call follow the form. */}
      <Section title='匿名举报线索' more='凭回执码查进展' onMore={() => void Taro.navigateTo({ url: routes.followUp })}>
        <View className='report__privacy'>
          只收您写下的内容和照片。<Text className='report__strong'>不记录</Text>微信号、手机号、IP 地址、手机型号和位置；照片里的拍摄位置和设备信息会被去掉。
        </View>
        <View className='report__card'>
          <DestinationField label='这条线索交给哪里' destination={{ ...destination, pick: pickDestination }} />
          <Field label='看起来像哪一种？'>
            <Choices label='看起来像哪一种？' options={TIP_DISGUISES.map((x) => ({ value: x.code, label: x.name }))} selected={[d.disguise]} onChange={([v]) => set('disguise', v)} />
          </Field>
          <Field label='机构或个人的名称（不知道可不填）'>
            <Input
              className='report__organisation'
              value={d.organisation}
              onChange={(v) => set('organisation', v)}
              maxLength={TIP_LIMITS.organisation}
              placeholder='例如：某某康养公司、某某理财工作室'
            />
          </Field>
          <Field label='在哪里'>
            {villages.length > 0 && (
              <Choices
                label='在哪里'
                options={[...villages.map((v) => ({ value: v, label: v })), { value: OTHER_PLACE, label: '其他地方' }]}
                selected={[d.village]}
                onChange={([v]) => set('village', v)}
              />
            )}
            {freeText(d) && <Input className='report__place' value={d.placeText} onChange={(v) => set('placeText', v)} maxLength={TIP_LIMITS.place} placeholder='村、社区、街道或大概位置' />}
          </Field>
          <Field label='发生了什么' hint={`怎么宣传的、许诺了什么、怎么收钱的，越具体越好（最多 ${TIP_LIMITS.what} 字）`}>
            <TextArea
              className='report__what'
              value={d.what}
              onChange={(v) => set('what', v)}
              maxLength={TIP_LIMITS.what}
              rows={6}
              placeholder='例如：在村委会门口发传单，说预订养老床位每年返利 10%……'
            />
          </Field>
          <Field label='大概涉及多少钱（可不选）'>
            <Choices label='大概涉及多少钱' options={AMOUNT_RANGES.map((v) => ({ value: v, label: v }))} selected={[d.amount]} onChange={([v]) => set('amount', v === d.amount ? '' : v)} />
          </Field>
          <Field label='大概涉及多少人（可不选）'>
            <Choices label='大概涉及多少人' options={PEOPLE_RANGES.map((v) => ({ value: v, label: v }))} selected={[d.people]} onChange={([v]) => set('people', v === d.people ? '' : v)} />
          </Field>
          <Field label='什么时候（可不填）'>
            <Input value={d.when} onChange={(v) => set('when', v)} maxLength={TIP_LIMITS.when} placeholder='例如：上个月开始、每周三上午' />
          </Field>
          <Field label='照片（可不传，最多 6 张）' hint='传单、聊天截图、合同、收据都可以'>
            <PhotoPicker photos={d.photos} onChange={(p) => set('photos', p)} town={destination.code} />
          </Field>
          <ContactField on={d.contactOn} value={d.contact} onToggle={(on) => set('contactOn', on)} onChange={(v) => set('contact', v)} />
          {error && (
            <View className='field__error' role='alert'>
              {error}
            </View>
          )}
          <Button className='report__submit' type='primary' size='large' block loading={busy !== null} onClick={() => void submit()}>
            {busy === 'checking' ? '正在安全校验…' : busy === 'sending' ? '正在安全提交…' : '匿名提交'}
          </Button>
        </View>
      </Section>
      <View className='report__lines'>
        <HotlineCard hotline={hotline} />
      </View>
    </Screen>
  )
}
