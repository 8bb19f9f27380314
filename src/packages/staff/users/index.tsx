import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { ROLES, roleLabel, type Role } from '../../../core/roles'
import { DISTRICT, officeName, type TownEntry } from '../../../core/town'
import { refreshSession } from '../../../features/staff/api/session'
import { createUser, resetPassword, updateUser, useUsers, type StaffUser } from '../../../features/staff/api/users'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { useOfficeTowns } from '../../../features/town/api/town-office'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import { messageOf, say, sayError } from '../../../services/feedback'
import '../staff.scss'

const ROLE_CHOICES = ROLES.map((r) => ({ value: r.code, label: `${r.label}（${r.does}）` }))

/** Where an account belongs, as the district's admin chooses it: 区里 or one of the towns. */
const officeChoices = (towns: TownEntry[]) => [{ value: DISTRICT, label: '区里' }, ...towns.map((t) => ({ value: t.code, label: t.name }))]

const report = (p: Promise<unknown>, done: string, after: () => void) =>
  p.then(
    () => {
      say(done)
      after()
    },
    (err: unknown) => sayError(err, '操作失败')
  )

/** `towns`: offered to the district's admins when the district has several; a town's admin (`district` false) makes accounts of their own town. */
function NewUser({ district, towns, onDone }: { district: boolean; towns: TownEntry[] | null; onDone: () => void }) {
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [office, setOffice] = useState(DISTRICT)
  const [roles, setRoles] = useState<Role[]>(district ? ['editor'] : ['tip_handler'])
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  const submit = async () => {
    try {
      await createUser({ username: username.trim(), displayName: displayName.trim(), roles, password, ...(towns ? { town: office } : {}) })
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
      {towns && (
        <Field label='属于' hint='区里的账号管全区；镇（街道）的账号只办本镇（街道）的线索、账号和宣传内容，区里发布的内容只能看'>
          <Choices options={officeChoices(towns)} selected={[office]} onChange={([v]) => setOffice(v)} />
        </Field>
      )}
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

/** `towns`: the district's towns, for a district admin to see and change where an account belongs; null for a town's admin. */
function UserRow({ user, selfName, towns, onChanged }: { user: StaffUser; selfName: string; towns: TownEntry[] | null; onChanged: () => void }) {
  const [roles, setRoles] = useState<Role[]>(user.roles)
  const [moving, setMoving] = useState(false)
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
      <View className='staff__meta'>
        {towns && `${officeName(towns, user.town)} · `}
        {user.roles.map(roleLabel).join('、')}
      </View>
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
        {towns && !self && (
          <Button className='users__move' size='small' fill='outline' onClick={() => setMoving(!moving)}>
            换到别的镇（街道）
          </Button>
        )}
      </View>
      {towns && moving && (
        <Field label={`${user.username} 换到`} hint='换过去后他只看到、只办那里的线索和内容，需要重新登录。'>
          <Choices
            options={officeChoices(towns).filter((c) => c.value !== (user.town ?? DISTRICT))}
            selected={[]}
            onChange={([v]) => void report(updateUser(user.id, { town: v }), `已换到${officeName(towns, v === DISTRICT ? null : v)}`, onChanged)}
          />
        </Field>
      )}
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

/** `district`: the signed-in admin is the district's (and may place accounts in any town); a town's admin manages their town's. */
function Users({ selfName, district }: { selfName: string; district: boolean }) {
  const users = useUsers()
  const offices = useOfficeTowns()
  // Places to choose from only when there is more than one town: a one-town deployment looks as it always has.
  const towns = district && (offices.data?.length ?? 0) > 1 ? offices.data! : null
  const [adding, setAdding] = useState(false)
  const items = users.data?.items ?? []
  if (adding)
    return (
      <NewUser
        district={district}
        towns={towns}
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
            <UserRow key={`${u.id}-${u.roles.join()}-${u.disabled}-${u.town}`} user={u} selfName={selfName} towns={towns} onChanged={() => void users.reload()} />
          ))}
        </View>
      </StateView>
    </View>
  )
}

export default function UsersPage() {
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['admin']}>{(session) => <Users selfName={session.username} district={!session.town} />}</StaffGate>
    </Screen>
  )
}
