import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Phone } from '@nutui/icons-react-taro'
import { hotlineCardWords } from '../../../core/hotlines'
import type { Hotline } from '../../../core/reading-types'
import { CallWords, KeepWords } from '../../../components/keep-words'
import { StateView } from '../../../components/state-view'
import { callHotline } from '../../../services/hotline'
import type { Resource } from '../../../services/use-resource'
import './hotline-card.scss'

type Words = ReturnType<typeof hotlineCardWords>

/** 110 and 96110, for someone being cheated right now. */
function Urgent({ words }: { words: Words['urgent'] }) {
  return (
    <View className='hotline-card__urgent'>
      <View className='hotline-card__urgent-title'>
        <KeepWords text={words.title} />
      </View>
      <View className='hotline-card__urgent-row'>
        <Button type='danger' size='large' className='hotline-card__police' onClick={() => callHotline(words.police.phone)}>
          {words.police.label}
        </Button>
        <Button type='primary' fill='outline' size='large' className='hotline-card__anti-fraud' onClick={() => callHotline(words.antiFraud.phone)}>
          {words.antiFraud.label}
        </Button>
      </View>
      <View className='hotline-card__soft'>{words.note}</View>
    </View>
  )
}

function Lines({ hotline, urgent }: { hotline: Hotline; urgent: boolean }) {
  const words = hotlineCardWords(hotline, new Date())
  const { other } = words
  return (
    <View className='hotline-card'>
      <View className='hotline-card__title'>
        <KeepWords text={words.title} />
      </View>
      <View className='hotline-card__hint'>{words.hint}</View>
      <View className='hotline-card__name'>
        <KeepWords text={words.name} />
      </View>
      <View className='hotline-card__soft'>{words.soft}</View>
      <Button type='primary' size='xlarge' block className='hotline-card__call' icon={<Phone size={22} />} onClick={() => callHotline(words.call.phone)}>
        {/* 一键拨打 | 12345 at 320 px with 大字 left the number alone under its verb. */}
        <CallWords text={words.call.label} />
      </Button>
      {words.status && <View className={`hotline-card__status ${words.status.open ? 'is-open' : 'is-closed'}`}>{words.status.text}</View>}
      {words.place && (
        <View className='hotline-card__line'>
          <Text className='hotline-card__key'>{words.place.key}</Text>
          <Text>{words.place.text}</Text>
        </View>
      )}
      {other && (
        <View className='hotline-card__other' onClick={() => callHotline(other.phone)}>
          <View>
            <View className='hotline-card__other-name'>
              <KeepWords text={other.name} />
            </View>
            <View className='hotline-card__soft'>{other.when}</View>
          </View>
          <Text className='hotline-card__other-phone'>{other.label}</Text>
        </View>
      )}
      {urgent && <Urgent words={words.urgent} />}
    </View>
  )
}

/**
 * The lines to call, one tap each: the town office's own number (or, until
 * the office has set it, the city's 12345, saying so), 12345 around the
 * clock, and 110 and 96110 for someone being cheated right now.
 */
export function HotlineCard({ hotline, urgent = true }: { hotline: Resource<Hotline>; urgent?: boolean }) {
  const { data, loading, error, offlineSince, reload } = hotline
  return (
    <StateView loading={loading} error={error} offlineSince={offlineSince} onRetry={() => void reload()}>
      {data && <Lines hotline={data} urgent={urgent} />}
    </StateView>
  )
}

/**
 * 110 and 96110 in a card of their own, for a page that puts something between them and the consultation line (home:
 * 广告体检 right under the call button, where it was three screens of a small phone with 大字 down, under 110 and 96110).
 */
export function UrgentLinesCard({ hotline }: { hotline: Resource<Hotline> }) {
  if (!hotline.data) return null
  return (
    <View className='hotline-card hotline-card--urgent'>
      <Urgent words={hotlineCardWords(hotline.data, new Date()).urgent} />
    </View>
  )
}
