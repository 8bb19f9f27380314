import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { Input } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { Choices } from '../../../components/choices'
import { ContentListFooter } from '../../../components/content-list'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { formatMoment } from '../../../core/dates'
import { useAudit } from '../../../features/staff/api/audit'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { StaffTableHead } from '../../../features/staff/components/staff-table-head'
import '../staff.scss'

// What each recorded action means, for the people reading the log.
const ACTIONS: Record<string, string> = {
  login: '登录',
  'login.failed': '登录失败',
  'login.locked': '登录失败过多，该来源暂停登录 15 分钟',
  logout: '退出登录',
  'password.change': '修改自己的密码',
  'password.reset': '重设他人密码',
  'user.bootstrap': '创建首个管理员',
  'user.create': '新建账号',
  'user.roles': '修改角色',
  'user.disable': '停用账号',
  'user.enable': '启用账号',
  'user.rename': '修改姓名',
  'town.update': '修改镇情资料',
  'article.create': '新建文章',
  'article.save': '保存文章',
  'article.submit': '文章提交审核',
  'article.reject': '退回文章',
  'article.publish': '发布文章',
  'article.withdraw': '撤下文章',
  'article.restore': '恢复文章旧版本',
  'case.create': '新建案例',
  'case.save': '保存案例',
  'case.submit': '案例提交审核',
  'case.reject': '退回案例',
  'case.publish': '发布案例',
  'case.withdraw': '撤下案例',
  'case.restore': '恢复案例旧版本',
  'campaign.create': '新建宣传活动',
  'campaign.update': '修改宣传活动',
  'campaign.publish': '发布宣传活动',
  'campaign.withdraw': '撤下宣传活动',
  'exposure.publish': '发布曝光',
  'exposure.update': '修改曝光',
  'exposure.withdraw': '撤下曝光',
  'image.upload': '上传图片'
}

const FILTERS = [
  { value: '', label: '全部' },
  { value: 'login', label: '登录' },
  { value: 'article.publish', label: '发布文章' },
  { value: 'article.withdraw', label: '撤下文章' },
  { value: 'user.roles', label: '角色变更' },
  { value: 'town.update', label: '镇情修改' }
]

function Audit() {
  const [action, setAction] = useState('')
  const [actor, setActor] = useState('')
  const log = useAudit({ action: action || undefined, actor: actor.trim() || undefined })
  useReachBottom(() => void log.loadMore())
  return (
    <View>
      <View className='staff__card'>
        <Field label='按操作筛选'>
          <Choices options={FILTERS} selected={[action]} onChange={([v]) => setAction(v)} />
        </Field>
        <Field label='按人筛选（用户名）'>
          <Input value={actor} onChange={setActor} maxLength={64} placeholder='例如 admin' />
        </Field>
      </View>
      <StateView loading={log.loading} error={log.error} empty={log.items.length === 0} emptyText='没有符合条件的记录' onRetry={() => void log.refresh()}>
        <View className='staff__card staff__table staff__table--no-actions'>
          <StaffTableHead columns={['谁 · 做了什么', '时间 · 对象']} />
          {log.items.map((e) => (
            <View key={e.id} className='staff__item'>
              <View className='staff__item-title'>
                {e.actor} · {ACTIONS[e.action] ?? e.action}
              </View>
              <View className='staff__meta'>
                {formatMoment(Date.parse(e.at))}
                {typeof e.detail.title === 'string' ? ` · ${e.detail.title}` : ''}
                {typeof e.detail.name === 'string' ? ` · ${e.detail.name}` : ''}
              </View>
            </View>
          ))}
          <ContentListFooter list={log} />
        </View>
      </StateView>
    </View>
  )
}

export default function AuditPage() {
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['admin']}>{() => <Audit />}</StaffGate>
    </Screen>
  )
}
