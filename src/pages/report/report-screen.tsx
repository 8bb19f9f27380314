import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { Choices } from '../../components/choices'
import { Field } from '../../components/field'
import { Fold } from '../../components/fold'
import { Screen } from '../../components/screen'
import { Section } from '../../components/section'
import { AMOUNT_RANGES, PEOPLE_RANGES, residentDisguises, TIP_LIMITS } from '../../core/tips'
import { useHotline } from '../../services/hotline'
import { HotlineCard } from '../../features/hotline/components/hotline-card'
import { sendTip, type SendingPhase } from '../../features/tips/api/tips'
import { ContactField } from '../../features/tips/components/contact-field'
import { FilingSubmit } from '../../features/tips/components/filing-submit'
import { PhotoPicker, type PickedPhoto } from '../../features/tips/components/photo-picker'
import { ReceiptCard } from '../../features/tips/components/receipt-card'
import { useFiling, type FilingProblem } from '../../features/tips/hooks/use-filing'
import { useTown } from '../../features/town/api/town'
import { DestinationField, useDestination } from '../../features/town/components/destination-field'
import { routes } from '../../routes'
import { say } from '../../services/feedback'
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

/** An advert carried over from 广告体检: its words, and the kind of scheme its signs point to (the resident may change it). */
export interface CarriedAdvert {
  text: string
  disguise?: string
}

/**
 * 匿名举报: the tip form, then the lines to call. Two pages show it: the 举报 tab, and the page 广告体检 opens on top of
 * its result (packages/check/report) with the advert attached, so that going back (the navigation bar's arrow, a
 * phone's back key, a browser's back) returns to the result: the tab, reached by switchTab, had nothing under it to
 * go back to and left the resident on 首页.
 */
export function ReportScreen({ advert, onDone }: { advert?: CarriedAdvert; onDone?: () => void }) {
  const hotline = useHotline()
  const town = useTown()
  const villages = town.data?.villages ?? []
  const freeText = (d: Draft) => villages.length === 0 || d.village === OTHER_PLACE
  const destination = useDestination(town.data?.name)
  const [sentTo, setSentTo] = useState<string>()
  // The common kinds first; the rest once asked for, and then they stay (a chosen one never disappears under a fold).
  const [allKinds, setAllKinds] = useState(false)
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
  // Arriving from 广告体检: the advert fills "what happened", and the kind the check found is chosen, once.
  const advertText = advert?.text
  const advertKind = advert?.disguise
  useEffect(() => {
    if (advertText) update((x) => ({ ...x, what: `看到这样的宣传：\n${advertText}`.slice(0, TIP_LIMITS.what), disguise: advertKind ?? x.disguise }))
  }, [advertText, advertKind, update])

  if (receipt) {
    return (
      <Screen>
        <ReceiptCard
          receipt={receipt}
          townName={sentTo ?? town.data?.name ?? ''}
          kind='tip'
          onDone={() => {
            done()
            onDone?.()
          }}
        />
      </Screen>
    )
  }

  // What is kept and what is not, before anything is written (the tab) or before the rest is filled in (from 广告体检).
  const privacy = (
    <View className='report__privacy'>
      只收您写下的内容和照片。<Text className='report__strong'>不记录</Text>微信号、手机号、IP 地址、手机型号和位置；照片里的拍摄位置和设备信息会被去掉。
    </View>
  )
  // Single-line placeholders are short enough for a 320 px phone with 大字: longer ones were cut off mid-example.
  const kind = (
    <Field label='看起来像哪一种？'>
      {/* Said above the choices: under them (a hint's place) it came after fifteen buttons. */}
      {advert?.disguise && <View className='report__chosen'>已按体检选好，可以改</View>}
      <Choices
        label='看起来像哪一种？'
        options={residentDisguises(advert?.disguise, allKinds).map((x) => ({ value: x.code, label: x.name }))}
        selected={[d.disguise]}
        onChange={([v]) => set('disguise', v)}
      />
      {!allKinds && (
        <View className='report__more-kinds' role='button' onClick={() => setAllKinds(true)}>
          更多类型 ▸
        </View>
      )}
    </Field>
  )
  const what = (
    <Field
      label={advert ? '要举报的宣传' : '发生了什么'}
      aside={advert ? '已附上，可以补充' : undefined}
      hint={advert ? '可以补上在哪儿看到的、谁发的、怎么收钱的' : `怎么宣传的、许诺了什么、怎么收钱的，越具体越好（最多 ${TIP_LIMITS.what} 字）`}
    >
      <TextArea className='report__what' value={d.what} onChange={(v) => set('what', v)} maxLength={TIP_LIMITS.what} rows={6} placeholder='例如：在村委会门口发传单，说预订养老床位每年返利 10%……' />
    </Field>
  )
  return (
    <Screen>
      {/* The form first: a resident who opens 举报 (or arrives from 广告体检 with the advert filled in) came to report,
          and with 大字 the hotline card took the whole first screen. The lines to call follow the form. */}
      {/* From 广告体检 the advert comes first, in its box under the title, with the kind the check found chosen: two
          screens down, under the privacy note and the destination, a resident could not see it had come along. */}
      <Section title={advert ? '举报这条宣传' : '匿名举报线索'} more='凭回执码查进展' onMore={() => void Taro.navigateTo({ url: routes.followUp })}>
        {!advert && privacy}
        <View className='report__card'>
          {advert && what}
          {advert && kind}
          {advert && privacy}
          <DestinationField label='这条线索交给哪里' destination={{ ...destination, pick: pickDestination }} />
          {!advert && kind}
          <Field label='机构或个人的名称' aside='不知道可不填'>
            <Input className='report__organisation' value={d.organisation} onChange={(v) => set('organisation', v)} maxLength={TIP_LIMITS.organisation} placeholder='例如：某某康养公司' />
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
            {freeText(d) && <Input className='report__place' value={d.placeText} onChange={(v) => set('placeText', v)} maxLength={TIP_LIMITS.place} placeholder='村名或大概位置' />}
          </Field>
          {!advert && what}
          {/* Three answers the office can do without, folded: with them open the form ran past four screens at 360 px with
              大字 (a new user found it about six screens long). Nothing the form checks is folded. */}
          <Fold open='再说说钱数、人数和时间（可不填）' close='收起' className='report__more'>
            <Field label='大概涉及多少钱' aside='可不选'>
              <Choices label='大概涉及多少钱' options={AMOUNT_RANGES.map((v) => ({ value: v, label: v }))} selected={[d.amount]} onChange={([v]) => set('amount', v === d.amount ? '' : v)} />
            </Field>
            <Field label='大概涉及多少人' aside='可不选'>
              <Choices label='大概涉及多少人' options={PEOPLE_RANGES.map((v) => ({ value: v, label: v }))} selected={[d.people]} onChange={([v]) => set('people', v === d.people ? '' : v)} />
            </Field>
            <Field label='什么时候' aside='可不填'>
              <Input value={d.when} onChange={(v) => set('when', v)} maxLength={TIP_LIMITS.when} placeholder='例如：上个月、每周三' />
            </Field>
          </Fold>
          <Field label='照片' aside='可不传，最多 6 张' hint='传单、聊天截图、合同、收据都可以'>
            <PhotoPicker photos={d.photos} onChange={(p) => set('photos', p)} town={destination.code} />
          </Field>
          <ContactField on={d.contactOn} value={d.contact} onToggle={(on) => set('contactOn', on)} onChange={(v) => set('contact', v)} />
          <FilingSubmit className='report__submit' error={error} busy={busy} onSubmit={() => void submit()} />
        </View>
      </Section>
      <View className='report__lines'>
        <HotlineCard hotline={hotline} />
      </View>
    </Screen>
  )
}
