import { Text, View } from '@tarojs/components'
import { FOUR_SIGNS, FOUR_SIGNS_RULE } from '../../../core/four-signs'
import './four-signs.scss'

/** The four tell-tale signs of illegal fundraising on one short screen. */
export function FourSigns() {
  return (
    <View className='four-signs'>
      <View className='four-signs__title'>看清非法集资的四个特征</View>
      <View className='four-signs__grid'>
        {FOUR_SIGNS.map((s) => (
          <View key={s.key} className='four-signs__item'>
            <Text className='four-signs__key'>{s.key}</Text>
            <View className='four-signs__head'>{s.title}</View>
            <View className='four-signs__text'>{s.text}</View>
          </View>
        ))}
      </View>
      <View className='four-signs__foot'>{FOUR_SIGNS_RULE}参与非法集资的损失要自己承担。</View>
    </View>
  )
}
