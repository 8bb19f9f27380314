import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { signIn } from '../../../features/staff/api/session'
import { routes } from '../../../routes'
import { messageOf } from '../../../services/feedback'
import '../staff.scss'

export default function StaffLogin() {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (!username || !password) return setError('请填写用户名和密码。')
    setBusy(true)
    setError(undefined)
    try {
      await signIn(username.trim(), password)
      await Taro.switchTab({ url: routes.mine })
    } catch (err) {
      setError(messageOf(err, '登录失败，请稍后再试。'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen className='staff-page staff-page--narrow'>
      <View className='staff__card'>
        <View className='staff__title'>工作人员登录</View>
        <View className='staff__soft'>供宣传办、经济办等单位的工作人员使用。居民阅读和打热线不需要登录。</View>
        <Field label='用户名'>
          <Input className='staff-login__username' value={username} onChange={setUsername} placeholder='例如 admin' maxLength={64} />
        </Field>
        <Field label='密码' error={error}>
          <Input className='staff-login__password' type='password' value={password} onChange={setPassword} placeholder='请输入密码' maxLength={200} confirmType='done' />
        </Field>
        <Button className='staff-login__submit' block type='primary' size='large' loading={busy} onClick={() => void submit()}>
          登录
        </Button>
      </View>
    </Screen>
  )
}
