import { Text, View } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import { setLargeType, useTypeScale } from '../services/font-scale'
import './large-type-switch.scss'

/** The in-app 大字 switch, for readers who find the phone's own setting hard to reach. */
export function LargeTypeSwitch() {
  const { large } = useTypeScale()
  return (
    <View className='large-type-switch'>
      <Text className='large-type-switch__label' onClick={() => setLargeType(!large)}>
        大字
      </Text>
      <Switch checked={large} aria-label='大字模式' onChange={(on) => setLargeType(on)} />
    </View>
  )
}
