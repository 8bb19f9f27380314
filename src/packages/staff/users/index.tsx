import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { ROLES, roleLabel, type Role } from '../../../core/roles'
import { refreshSession } from '../../../features/staff/api/session'
import { createUser, resetPassword, updateUser, useUsers, type StaffUser } from '../../../features/staff/api/users'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { messageOf, say, sayError } from '../../../services/feedback'
import '../staff.scss'

const ROLE_CHOICES = ROLES.map((r) => ({ value: r.code, label: `${r.label}（${r.does}）` }))

const report = (p: Promise<unknown>, done: string, after: () => void) =>
  p.then(
    () => {
      say(done)
      after()
    },
    (err: unknown) => sayError(err, '操作失败')
  )

function NewUser({ onDone }: { onDone: () => void }) {
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [roles, setRoles] = useState<Role[]>(['editor'])
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const submit = async () => {
    try {
      await createUser({ username: username.trim(), displayName: displayName.trim(), roles, password })
      onDone()
    } catch (err) {
      setError(messageOf(err, '新建失败'))
    }
  }
  return (
    <View className='staff__card'>
      <View className='staff__title'>新建账号</View>
      <Field label='用户名' hint='小写字母开头，可用数字和下划线'>
        <Input value={username} onChange={setUsername} maxLength={32} />
      </Field>
      <Field label='姓名'>
        <Input value={displayName} onChange={setDisplayName} maxLength={30} />
      </Field>
      <Field label='角色' hint='可多选'>
        <Choices multiple options={ROLE_CHOICES} selected={roles} onChange={(v) => setRoles(v as Role[])} />
      </Field>
      <Field label='初始密码' hint='至少 10 位；请当面告诉本人，并请他登录后修改' error={error}>
        <Input type='password' value={password} onChange={setPassword} maxLength={200} />
      </Field>
      <View className='staff__actions'>
        <Button type='primary' onClick={() => void submit()}>
          新建
        </Button>
        <Button fill='outline' onClick={onDone}>
          取消
        </Button>
      </View>
    </View>
  )
}

function UserRow({ user, selfName, onChanged }: { user: StaffUser; selfName: string; onChanged: () => void }) {
  const [roles, setRoles] = useState<Role[]>(user.roles)
  const [password, setPassword] = useState<string | null>(null)
  const changed = roles.join() !== user.roles.join()
  const self = user.username === selfName
  // One's own change keeps this session (other devices sign out): read one's roles again so the pages offered match.
  const saveRoles = () =>
    self
      ? report(updateUser(user.id, { roles }).then(refreshSession), '角色已更新；您在其他设备上的登录已退出', onChanged)
      : report(updateUser(user.id, { roles }), '角色已更新，他需要重新登录', onChanged)
  return (
    <View className='staff__item'>
      <View className='staff__item-title'>
        {user.displayName}（{user.username}）{user.disabled ? ' · 已停用' : ''}
      </View>
      <View className='staff__meta'>{user.roles.map(roleLabel).join('、')}</View>
      <Choices multiple options={ROLES.map((r) => ({ value: r.code, label: r.label }))} selected={roles} onChange={(v) => setRoles(v as Role[])} />
      <View className='staff__actions'>
        {changed && (
          <Button className='users__save-roles' size='small' type='primary' onClick={() => void saveRoles()}>
            保存角色
          </Button>
        )}
        <Button size='small' fill='outline' onClick={() => setPassword(password === null ? '' : null)}>
          重设密码
        </Button>
        {!self && (
          <Button size='small' fill='outline' onClick={() => void report(updateUser(user.id, { disabled: !user.disabled }), user.disabled ? '已启用' : '已停用', onChanged)}>
            {user.disabled ? '启用' : '停用'}
          </Button>
        )}
      </View>
      {password !== null && (
        <Field label={`${user.username} 的新密码`} hint='至少 10 位；重设后他要用新密码重新登录'>
          <View className='staff__row'>
            <Input type='password' value={password} onChange={setPassword} maxLength={200} />
            <Button size='small' type='primary' onClick={() => void report(resetPassword(user.id, password), '密码已重设', () => setPassword(null))}>
              确定
            </Button>
          </View>
        </Field>
      )}
    </View>
  )
}

function Users({ selfName }: { selfName: string }) {
  const users = useUsers()
  const [adding, setAdding] = useState(false)
  const items = users.data?.items ?? []
  if (adding)
    return (
      <NewUser
        onDone={() => {
          setAdding(false)
          void users.reload()
        }}
      />
    )
  return (
    <View>
      <Button type='primary' onClick={() => setAdding(true)}>
        ＋ 新建账号
      </Button>
      <StateView loading={users.loading} error={users.error} empty={items.length === 0} onRetry={() => void users.reload()}>
        <View className='staff__card staff__table' style={{ marginTop: '0.6em' }}>
          <StaffTableHead columns={['姓名（用户名）', '角色', '操作']} />
          {items.map((u) => (
            <UserRow key={`${u.id}-${u.roles.join()}-${u.disabled}`} user={u} selfName={selfName} onChanged={() => void users.reload()} />
          ))}
        </View>
      </StateView>
    </View>
  )
}

export default function UsersPage() {
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['admin']}>{(session) => <Users selfName={session.username} />}</StaffGate>
    </Screen>
  )
}
