import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { Section } from '../../../components/section'
import { FEEDBACK_LIMITS, FEEDBACK_TOPICS } from '../../../core/tips'
import { sendFeedback, type SendingPhase } from '../../../features/tips/api/tips'
import { ContactField } from '../../../features/tips/components/contact-field'
import { ReceiptCard } from '../../../features/tips/components/receipt-card'
import { useTown } from '../../../features/town/api/town'
import { routes } from '../../../routes'
import { messageOf } from '../../../services/feedback'
import './index.scss'

const EMPTY = { topic: '', what: '', contactOn: false, contact: '' }

/** 投诉建议: a complaint or suggestion about the app or the office's service, as anonymous as a tip. */
export default function Feedback() {
  const town = useTown()
  const [d, setD] = useState(EMPTY)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState<SendingPhase | null>(null)
  const [receipt, setReceipt] = useState<string | null>(null)
  const set = <K extends keyof typeof EMPTY>(k: K, v: (typeof EMPTY)[K]) => setD((x) => ({ ...x, [k]: v }))

  const submit = async () => {
    if (!d.topic) return setError('请选一项：关于小程序、关于办事服务，或其他。')
    if (!d.what.trim()) return setError('请写下您的意见或建议。')
    setBusy('checking')
    setError(undefined)
    try {
      const code = await sendFeedback({ topic: d.topic, what: d.what.trim(), ...(d.contactOn && d.contact.trim() ? { contact: d.contact.trim() } : {}) }, setBusy)
      // What was written is dropped from the phone as soon as the office has it.
      setD(EMPTY)
      setReceipt(code)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (err) {
      setError(messageOf(err, '没能提交，您写的内容还在，请稍后再试。'))
    } finally {
      setBusy(null)
    }
  }

  if (receipt) {
    return (
      <Screen>
        <ReceiptCard receipt={receipt} townName={town.data?.name ?? ''} kind='feedback' onDone={() => setReceipt(null)} />
      </Screen>
    )
  }

  return (
    <Screen>
      <Section title='投诉建议' more='凭回执码查看回复' onMore={() => void Taro.navigateTo({ url: routes.followUp })}>
        <View className='feedback__intro'>对这个小程序、对镇里的办事服务有意见或建议，都可以在这里说。工作人员会答复，您凭回执码就能看到。</View>
        <View className='feedback__privacy'>不用登录，不记录微信号、手机号、IP 地址、手机型号和位置。内容加密保存。</View>
        <View className='feedback__card'>
          <Field label='关于什么'>
            <Choices options={FEEDBACK_TOPICS.map((t) => ({ value: t.code, label: t.name }))} selected={[d.topic]} onChange={([v]) => set('topic', v)} />
          </Field>
          <Field label='您的意见或建议' hint={`哪里不好用、哪里说得不清楚、希望怎么改，都可以写（最多 ${FEEDBACK_LIMITS.what} 字）`}>
            <TextArea className='feedback__what' value={d.what} onChange={(v) => set('what', v)} maxLength={FEEDBACK_LIMITS.what} rows={6} placeholder='例如：字还是太小，希望文章能读出来。' />
          </Field>
          <ContactField on={d.contactOn} value={d.contact} onToggle={(on) => set('contactOn', on)} onChange={(v) => set('contact', v)} />
          {error && (
            <View className='field__error' role='alert'>
              {error}
            </View>
          )}
          <Button className='feedback__submit' type='primary' size='large' block loading={busy !== null} onClick={() => void submit()}>
            {busy === 'checking' ? '正在安全校验…' : busy === 'sending' ? '正在安全提交…' : '匿名提交'}
          </Button>
        </View>
        <View className='feedback__aside'>发现非法集资线索，请到“举报”页举报。</View>
      </Section>
    </Screen>
  )
}
