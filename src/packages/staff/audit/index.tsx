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
import { statusLabel, type TipStatusCode } from '../../../core/tips'
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
  'image.upload': '上传图片',
  'town.create': '新建镇（街道）',
  'user.town': '账号换到别的镇（街道）',
  'content.hide': '本镇（街道）不显示区里的一条内容',
  'content.show': '本镇（街道）恢复显示区里的一条内容',
  'tips.reseal': '把分镇前的线索交给本镇（街道）',
  'tip.retention': '修改线索保留天数',
  'tip.purge': '到期删除已办结的线索',
  'quiz.create': '新建题目',
  'quiz.import': '批量导入题目',
  'quiz.save': '保存题目',
  'quiz.submit': '题目提交审核',
  'quiz.reject': '退回题目',
  'quiz.publish': '发布题目',
  'quiz.withdraw': '撤下题目',
  'quiz.restore': '恢复题目旧版本'
}

// A case's steps are recorded as tip.<step> or feedback.<step>, the step being a status or one of these.
const CASE_STEPS: Record<string, (what: string) => string> = {
  view: (w) => `查看${w}`,
  reply: (w) => `回复${w}`,
  note: (w) => `给${w}加备注`,
  spam: (w) => `把${w}标为垃圾`,
  unspam: (w) => `取消${w}的垃圾标记`,
  transfer: (w) => `把${w}转给其他镇（街道）`
}

function actionLabel(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action]
  const [kind, step] = action.split('.')
  if ((kind !== 'tip' && kind !== 'feedback') || !step) return action
  const what = kind === 'tip' ? '线索' : '投诉建议'
  if (CASE_STEPS[step]) return CASE_STEPS[step](what)
  const status = statusLabel(kind, step as TipStatusCode)
  return status ? `${what}改为“${status}”` : action
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
                {e.actor} · {actionLabel(e.action)}
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
