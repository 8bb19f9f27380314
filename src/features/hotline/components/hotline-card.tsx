import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Phone } from '@nutui/icons-react-taro'
import { ANTI_FRAUD_LINE, askLine, CITY_LINE, POLICE_LINE } from '../../../core/hotlines'
import { isOpen, nextOpening, parseSchedule } from '../../../core/office-hours'
import type { Hotline } from '../../../core/reading-types'
import { StateView } from '../../../components/state-view'
import { callHotline } from '../../../services/hotline'
import type { Resource } from '../../../services/use-resource'
import './hotline-card.scss'

/** Whether the office answers now, worked out on the phone so it stays right offline. */
export function openStatus(hotline: Hotline, now: Date): { open: boolean; text: string } {
  try {
    const schedule = parseSchedule(hotline.schedule)
    if (isOpen(schedule, now)) return { open: true, text: '现在是办公时间，可以直接打过去' }
    const next = nextOpening(schedule, now)
    return { open: false, text: next ? `现在不在办公时间，下次接听：${next}` : '现在不在办公时间' }
  } catch {
    return hotline.openNow ? { open: true, text: '现在是办公时间' } : { open: false, text: '现在不在办公时间' }
  }
}

function Lines({ hotline }: { hotline: Hotline }) {
  const line = askLine(hotline)
  // Hours and address are the office's to set: until it does, the card says nothing about them.
  const status = hotline.phone && hotline.schedule ? openStatus(hotline, new Date()) : null
  return (
    <View className='hotline-card'>
      <View className='hotline-card__title'>咨询电话</View>
      <View className='hotline-card__hint'>拿不准的投资、看不懂的宣传，先打电话问一问</View>
      <View className='hotline-card__name'>{line.name}</View>
      <View className='hotline-card__soft'>{hotline.phone ? '镇防范和处置非法集资领导小组办公室接听' : `${CITY_LINE.when}。镇里的咨询电话还没有设置好，设置好后会显示在这里。`}</View>
      <Button type='primary' size='xlarge' block className='hotline-card__call' icon={<Phone size={22} />} onClick={() => callHotline(line.phone)}>
        一键拨打 {line.phone}
      </Button>
      {status && <View className={`hotline-card__status ${status.open ? 'is-open' : 'is-closed'}`}>{status.text}</View>}
      {(hotline.address || hotline.hours) && (
        <View className='hotline-card__line'>
          <Text className='hotline-card__key'>{hotline.address ? '当面咨询' : '办公时间'}</Text>
          <Text>{hotline.address && hotline.hours ? `${hotline.address}（${hotline.hours}）` : hotline.address || hotline.hours}</Text>
        </View>
      )}
      {hotline.phone && (
        <View className='hotline-card__other' onClick={() => callHotline(CITY_LINE.phone)}>
          <View>
            <View className='hotline-card__other-name'>{CITY_LINE.name}</View>
            <View className='hotline-card__soft'>{CITY_LINE.when}</View>
          </View>
          <Text className='hotline-card__other-phone'>拨打 {CITY_LINE.phone}</Text>
        </View>
      )}
      <View className='hotline-card__urgent'>
        <View className='hotline-card__urgent-title'>{POLICE_LINE.when}：</View>
        <View className='hotline-card__urgent-row'>
          <Button type='danger' size='large' className='hotline-card__police' onClick={() => callHotline(POLICE_LINE.phone)}>
            报警 {POLICE_LINE.phone}
          </Button>
          <Button type='primary' fill='outline' size='large' className='hotline-card__anti-fraud' onClick={() => callHotline(ANTI_FRAUD_LINE.phone)}>
            反诈 {ANTI_FRAUD_LINE.phone}
          </Button>
        </View>
        <View className='hotline-card__soft'>
          {ANTI_FRAUD_LINE.phone} 是{ANTI_FRAUD_LINE.name}：{ANTI_FRAUD_LINE.when}。
        </View>
      </View>
    </View>
  )
}

/**
 * The lines to call, one tap each: the town office's own number (or, until
 * the office has set it, the city's 12345, saying so), 12345 around the
 * clock, and 110 and 96110 for someone being cheated right now.
 */
export function HotlineCard({ hotline }: { hotline: Resource<Hotline> }) {
  const { data, loading, error, offlineSince, reload } = hotline
  return (
    <StateView loading={loading} error={error} offlineSince={offlineSince} onRetry={() => void reload()}>
      {data && <Lines hotline={data} />}
    </StateView>
  )
}
