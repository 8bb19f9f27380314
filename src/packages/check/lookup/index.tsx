import { View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { askLine } from '../../../core/hotlines'
import { LOOKUP_MAX, lookupKey } from '../../../core/lookup'
import { lookup, type LookupResult } from '../../../features/lookup/api/lookup'
import { KIND_WORDS, LookupResultView } from '../../../features/lookup/components/lookup-result'
import { useHotline } from '../../../services/hotline'
import { messageOf } from '../../../services/feedback'
import { sharePath } from '../../../services/town-choice'
import { routes } from '../../../routes'
import './index.scss'

/**
 * 查一查: a name, phone number, link or account against the town's exposure
 * list. The page says, as the resident types, what it will look for (a
 * number, a link ...), so "138-0013-8000" visibly becomes the number it is.
 */
export default function Lookup() {
  const [text, setText] = useState('')
  const [answer, setAnswer] = useState<{ asked: string; result: LookupResult }>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const hotline = useHotline()
  useShareAppMessage(() => ({ title: '查一查：这个公司、电话、网址上没上曝光台', path: sharePath(routes.lookup) }))

  const reading = lookupKey(text)
  const run = async () => {
    const asked = text.trim()
    if (!asked) return setError('请输入要查的名称、电话、网址或账号。')
    setError(undefined)
    setBusy(true)
    try {
      setAnswer({ asked, result: await lookup(asked) })
    } catch (err) {
      setAnswer(undefined)
      setError(messageOf(err, '没能查询，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen>
      <View className='lookup__card'>
        <View className='lookup__hint'>有人上门推销、拉您投资？把对方的公司名称、电话号码、网址或账号（微信号、银行卡尾号等）输进来，查一查是不是上了镇里的曝光台。</View>
        <Field label='要查的名称、电话、网址或账号' error={error}>
          <Input
            className='lookup__input'
            value={text}
            onChange={(v) => {
              setText(v)
              setError(undefined)
            }}
            onConfirm={() => void run()}
            confirmType='search'
            maxLength={LOOKUP_MAX}
            clearable
            placeholder='例如：某某财富管理公司、138 0013 8000'
          />
        </Field>
        {text.trim() && <View className='lookup__reading'>{reading ? `按${KIND_WORDS[reading.kind]}查：${reading.key}` : '没看懂要查什么：名称至少 2 个字，电话至少 4 位数字。'}</View>}
        <Button className='lookup__run' type='primary' block loading={busy} disabled={busy} onClick={() => void run()}>
          查一查
        </Button>
      </View>
      {answer && <LookupResultView asked={answer.asked} result={answer.result} askPhone={hotline.data ? askLine(hotline.data).phone : undefined} />}
      <View className='lookup__about'>曝光台只登镇里核实并决定公开的机构、电话、网址和账号；群众的举报内容不公开，也不在这里查。</View>
    </Screen>
  )
}
