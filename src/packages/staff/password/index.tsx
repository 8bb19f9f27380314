import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { changePassword } from '../../../features/staff/api/session'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { routes } from '../../../routes'
import { ask, messageOf } from '../../../services/feedback'
import '../staff.scss'

export default function ChangePassword() {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')
  const [error, setError] = useState<string>()

  const submit = async () => {
    if (next !== again) return setError('两次输入的新密码不一样。')
    try {
      await changePassword(current, next)
      await ask({ title: '密码已修改', content: '所有设备上的登录都已退出，请用新密码重新登录。', confirmText: '知道了' })
      await Taro.redirectTo({ url: routes.staffLogin })
    } catch (err) {
      setError(messageOf(err, '修改失败，请稍后再试。'))
    }
  }

  return (
    <Screen className='staff-page staff-page--narrow'>
      <StaffGate roles={[]}>
        {() => (
          <View className='staff__card'>
            <Field label='原密码'>
              <Input type='password' value={current} onChange={setCurrent} maxLength={200} />
            </Field>
            <Field label='新密码' hint='至少 10 位，别用生日、手机号这类容易猜的。'>
              <Input type='password' value={next} onChange={setNext} maxLength={200} />
            </Field>
            <Field label='再输一次新密码' error={error}>
              <Input type='password' value={again} onChange={setAgain} maxLength={200} />
            </Field>
            <Button block type='primary' size='large' onClick={() => void submit()}>
              修改密码
            </Button>
          </View>
        )}
      </StaffGate>
    </Screen>
  )
}
