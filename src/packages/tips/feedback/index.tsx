import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { Section } from '../../../components/section'
import { FEEDBACK_LIMITS, FEEDBACK_TOPICS } from '../../../core/tips'
import { sendFeedback, type SendingPhase } from '../../../features/tips/api/tips'
import { ContactField } from '../../../features/tips/components/contact-field'
import { FilingSubmit } from '../../../features/tips/components/filing-submit'
import { ReceiptCard } from '../../../features/tips/components/receipt-card'
import { useFiling, type FilingProblem } from '../../../features/tips/hooks/use-filing'
import { useTown } from '../../../features/town/api/town'
import { DestinationField, useDestination } from '../../../features/town/components/destination-field'
import { routes } from '../../../routes'
import './index.scss'

const EMPTY = { topic: '', what: '', contactOn: false, contact: '' }
type Draft = typeof EMPTY

const check = (d: Draft): FilingProblem<Draft> | null =>
  !d.topic ? { field: 'topic', message: '请选一项：关于小程序、关于办事服务，或其他。' } : !d.what.trim() ? { field: 'what', message: '请写下您的意见或建议。' } : null

/** 投诉建议: a complaint or suggestion about the app or the office's service, as anonymous as a tip. */
export default function Feedback() {
  const town = useTown()
  const destination = useDestination(town.data?.name)
  const [sentTo, setSentTo] = useState<string>()
  const send = async (d: Draft, onPhase: (phase: SendingPhase) => void) => {
    const receipt = await sendFeedback({ topic: d.topic, what: d.what.trim(), ...(d.contactOn && d.contact.trim() ? { contact: d.contact.trim() } : {}) }, onPhase, destination.code)
    setSentTo(destination.receiptName)
    destination.reset()
    return receipt
  }
  const { draft: d, set, error, busy, receipt, submit, done } = useFiling({ empty: EMPTY, check, send })

  if (receipt) {
    return (
      <Screen>
        <ReceiptCard receipt={receipt} townName={sentTo ?? town.data?.name ?? ''} kind='feedback' onDone={done} />
      </Screen>
    )
  }

  return (
    <Screen>
      <Section title='投诉建议' more='凭回执码查看回复' onMore={() => void Taro.navigateTo({ url: routes.followUp })}>
        <View className='feedback__intro'>对这个小程序、对镇里的办事服务有意见或建议，都可以在这里说。工作人员会答复，您凭回执码就能看到。</View>
        <View className='feedback__privacy'>不用登录，不记录微信号、手机号、IP 地址、手机型号和位置。内容加密保存。</View>
        <View className='feedback__card'>
          <DestinationField label='意见交给哪里' destination={destination} />
          <Field label='关于什么'>
            <Choices label='关于什么' options={FEEDBACK_TOPICS.map((t) => ({ value: t.code, label: t.name }))} selected={[d.topic]} onChange={([v]) => set('topic', v)} />
          </Field>
          <Field label='您的意见或建议' hint={`哪里不好用、哪里说得不清楚、希望怎么改，都可以写（最多 ${FEEDBACK_LIMITS.what} 字）`}>
            <TextArea className='feedback__what' value={d.what} onChange={(v) => set('what', v)} maxLength={FEEDBACK_LIMITS.what} rows={6} placeholder='例如：字还是太小，希望文章能读出来。' />
          </Field>
          <ContactField on={d.contactOn} value={d.contact} onToggle={(on) => set('contactOn', on)} onChange={(v) => set('contact', v)} />
          <FilingSubmit className='feedback__submit' error={error} busy={busy} onSubmit={() => void submit()} />
        </View>
        <View className='feedback__aside'>发现非法集资线索，请到“举报”页举报。</View>
      </Section>
    </Screen>
  )
}
