import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Phone } from '@nutui/icons-react-taro'
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

/** The consultation hotline, one tap away. */
export function HotlineCard({ hotline }: { hotline: Resource<Hotline> }) {
  const { data, loading, error, offlineSince, reload } = hotline
  const status = data ? openStatus(data, new Date()) : null
  return (
    <StateView loading={loading} error={error} offlineSince={offlineSince} onRetry={() => void reload()}>
      {data && (
        <View className='hotline-card'>
          <View className='hotline-card__title'>防范非法集资咨询热线</View>
          <View className='hotline-card__hint'>拿不准的投资、看不懂的宣传，先打电话问一问</View>
          <Button type='primary' size='xlarge' block className='hotline-card__call' icon={<Phone size={22} />} onClick={() => callHotline(data.phone)}>
            一键拨打 {data.phone}
          </Button>
          {status && <View className={`hotline-card__status ${status.open ? 'is-open' : 'is-closed'}`}>{status.text}</View>}
          <View className='hotline-card__line'>
            <Text className='hotline-card__key'>办公时间</Text>
            <Text>{data.hours}</Text>
          </View>
          <View className='hotline-card__line'>
            <Text className='hotline-card__key'>当面咨询</Text>
            <Text>{data.address}</Text>
          </View>
        </View>
      )}
    </StateView>
  )
}
