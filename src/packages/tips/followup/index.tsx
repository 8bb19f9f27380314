import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { formatRoughTime } from '../../../core/dates'
import { FEEDBACK_TOPICS, normaliseReceipt, TIP_LIMITS } from '../../../core/tips'
import { addTipMessage, lookupTip, type TipsterView } from '../../../features/tips/api/tips'
import { PhotoPicker, type PickedPhoto } from '../../../features/tips/components/photo-picker'
import { routes } from '../../../routes'
import { messageOf, say } from '../../../services/feedback'
import './index.scss'

/** Which of the resident's notes this receipt opens: a tip, or 投诉建议 and what it was about. */
const kindLine = (view: TipsterView): string => {
  if (view.kind === 'tip') return '举报线索'
  const topic = FEEDBACK_TOPICS.find((t) => t.code === view.topic)?.name
  return topic ? `投诉建议 · ${topic}` : '投诉建议'
}

/** The resident comes back with the receipt of a tip or of feedback: the status, the office's replies, and room to add more. */
export default function FollowUp() {
  const [input, setInput] = useState('')
  const [receipt, setReceipt] = useState('')
  const [view, setView] = useState<TipsterView | null>(null)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<PickedPhoto[]>([])

  const open = async (code: string) => {
    setBusy(true)
    setError(undefined)
    try {
      setView(await lookupTip(code))
      setReceipt(code)
    } catch (err) {
      setError(messageOf(err, '没能查询，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }

  const send = async () => {
    if (!text.trim()) return setError('请写下要补充的内容。')
    setBusy(true)
    setError(undefined)
    try {
      await addTipMessage(
        receipt,
        text.trim(),
        photos.map((p) => p.id)
      )
      setText('')
      setPhotos([])
      say('已补充，谢谢您')
      setView(await lookupTip(receipt))
    } catch (err) {
      setError(messageOf(err, '没能提交，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }

  if (!view) {
    return (
      <Screen>
        <View className='followup__card'>
          <Field label='请输入 16 位回执码' hint='举报或投诉建议提交成功时给您的那串数字，空格可以不输' error={error}>
            <Input className='followup__receipt' type='digit' value={input} onChange={setInput} maxLength={24} placeholder='1234 5678 9012 3456' />
          </Field>
          <Button className='followup__open' type='primary' size='large' block loading={busy} onClick={() => void open(normaliseReceipt(input))}>
            查看进展
          </Button>
        </View>
      </Screen>
    )
  }

  const closed = view.status === 'closed' || view.status === 'rejected'
  return (
    <Screen>
      <View className='followup__card'>
        <View className='followup__kind'>{kindLine(view)}</View>
        <View className='followup__status'>处理进展：{view.statusLabel}</View>
        <View className='followup__soft'>提交时间：{formatRoughTime(view.createdAt, new Date(), 'day')}（为保护您，时间只记到天）</View>
      </View>
      <View className='followup__card'>
        {view.messages.length === 0 && <View className='followup__soft'>还没有回复。办理人员回复后，凭回执码就能在这里看到。</View>}
        {view.messages.map((m, i) => (
          <View key={i} className={`followup__msg is-${m.from}`}>
            <View className='followup__who'>
              {m.from === 'office' ? '办理人员' : '我'} · {formatRoughTime(m.at, new Date(), 'hour')}
            </View>
            <View>{m.text}</View>
          </View>
        ))}
      </View>
      {closed && (
        <View className='followup__card'>
          <View>这件事已经办结，不能再补充。{view.kind === 'tip' ? '如果又有新情况，可以再举报一次。' : '如果您对答复不满意，可以再提一条投诉建议。'}也可以打首页上的电话问一问。</View>
          <Button className='followup__again' fill='outline' block onClick={() => void (view.kind === 'tip' ? Taro.switchTab({ url: routes.report }) : Taro.navigateTo({ url: routes.feedback }))}>
            {view.kind === 'tip' ? '再举报一次' : '再提一条投诉建议'}
          </Button>
        </View>
      )}
      {!closed && (
        <View className='followup__card'>
          <Field label='补充情况' error={error}>
            <TextArea
              className='followup__text'
              value={text}
              onChange={setText}
              maxLength={TIP_LIMITS.message}
              rows={4}
              placeholder={view.kind === 'tip' ? '有新情况就写在这里，例如：又发了新传单、换了地方' : '还想说的写在这里，工作人员会看到'}
            />
          </Field>
          {view.kind === 'tip' && <PhotoPicker photos={photos} onChange={setPhotos} />}
          <Button className='followup__send' type='primary' block loading={busy} onClick={() => void send()}>
            提交补充
          </Button>
        </View>
      )}
    </Screen>
  )
}
