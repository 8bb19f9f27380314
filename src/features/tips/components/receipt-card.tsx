import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { CardCanvas } from '../../../components/card-canvas'
import { formatReceipt, type CaseKind } from '../../../core/tips'
import { KEEP_RECEIPT_OTHERWISE, RECEIPT_CANVAS, RECEIPT_WORDS, saveReceiptImage } from './receipt-image'
import { writeClipboard } from '../../../services/clipboard'
import { messageOf, say } from '../../../services/feedback'
import './receipt-card.scss'

/** The receipt, shown large, with the two ways to keep it and a plain warning. */
export function ReceiptCard({ receipt, townName, kind, onDone }: { receipt: string; townName: string; kind: CaseKind; onDone: () => void }) {
  // Why the receipt could not be copied or saved; then the digits are shown at their largest to be written down.
  const [writeDown, setWriteDown] = useState<string>()
  const copy = () =>
    void writeClipboard(receipt).then(
      () => say('已复制，可以粘贴到备忘录'),
      () => setWriteDown(`没能复制回执码。${KEEP_RECEIPT_OTHERWISE}`)
    )
  const save = () =>
    void saveReceiptImage(receipt, townName, kind).then(
      () => say(process.env.TARO_ENV === 'weapp' ? '已保存到相册' : '图片已下载'),
      (err: unknown) => setWriteDown(messageOf(err, `没能保存图片。${KEEP_RECEIPT_OTHERWISE}`))
    )
  return (
    <View className='receipt-card'>
      <View className='receipt-card__ok'>{RECEIPT_WORDS[kind].received}</View>
      <View className='receipt-card__label'>您的回执码</View>
      <View className='receipt-card__code'>
        <Text userSelect>{formatReceipt(receipt)}</Text>
      </View>
      {writeDown && (
        <View className='receipt-card__write-down' role='alert'>
          <View>{writeDown}</View>
          <View className='receipt-card__groups' aria-label={`回执码 ${formatReceipt(receipt)}`}>
            {formatReceipt(receipt)
              .split(' ')
              .map((group, i) => (
                <Text key={i} className='receipt-card__group'>
                  {group}
                </Text>
              ))}
          </View>
          <View className='receipt-card__strong'>请抄下来</View>
        </View>
      )}
      <View className='receipt-card__warn'>
        请马上保存好这 16 位数字：凭它查看处理进展、收到回复、补充情况。我们不知道您是谁，<View className='receipt-card__strong'>回执码丢了就找不回来</View>，也不要给别人看。
      </View>
      <View className='receipt-card__actions'>
        <Button className='receipt-card__copy' type='primary' size='large' block onClick={copy}>
          复制回执码
        </Button>
        <Button className='receipt-card__save' size='large' block fill='outline' onClick={save}>
          保存成图片
        </Button>
        <Button size='large' block fill='none' onClick={onDone}>
          我已保存好，返回
        </Button>
      </View>
      <CardCanvas {...RECEIPT_CANVAS} />
    </View>
  )
}
