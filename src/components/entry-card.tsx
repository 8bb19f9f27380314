import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './entry-card.scss'

/** A big tappable card that opens another page. */
export function EntryCard({ title, text, url, className }: { title: string; text: string; url: string; className?: string }) {
  return (
    <View className={`entry-card ${className ?? ''}`} hoverClass='entry-card--pressed' onClick={() => void Taro.navigateTo({ url })}>
      <View className='entry-card__title'>{title} ›</View>
      <View className='entry-card__text'>{text}</View>
    </View>
  )
}
