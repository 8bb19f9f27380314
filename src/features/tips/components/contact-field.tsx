import { View } from '@tarojs/components'
import { Input, Switch } from '@nutui/nutui-react-taro'
import { TIP_LIMITS } from '../../../core/tips'
import './contact-field.scss'

/** The optional way to be contacted: off by default, and saying plainly that turning it on gives up anonymity. */
export function ContactField({ on, value, onToggle, onChange }: { on: boolean; value: string; onToggle: (on: boolean) => void; onChange: (value: string) => void }) {
  return (
    <View className='contact-field'>
      <View className='contact-field__row'>
        <View className='contact-field__strong'>愿意留联系方式</View>
        <Switch checked={on} onChange={onToggle} />
      </View>
      <View className='contact-field__soft'>默认不留。留了，工作人员可能会联系您了解情况，这样就不再是匿名的了；不留也完全可以，凭回执码就能看到回复。</View>
      {on && <Input className='contact-field__input' value={value} onChange={onChange} maxLength={TIP_LIMITS.contact} placeholder='电话或其他联系方式' />}
    </View>
  )
}
