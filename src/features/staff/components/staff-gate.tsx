import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, ConfigProvider, Empty } from '@nutui/nutui-react-taro'
import zhCN from '@nutui/nutui-react-taro/dist/es/locales/zh-CN'
import type { ReactNode } from 'react'
import type { Role } from '../../../core/roles'
import { roleLabel } from '../../../core/roles'
import { hasRole, useStaffSession, type StaffSession } from '../../../services/staff-session'
import { routes } from '../../../routes'

// Every field on the desk has a label (and most a hint) saying what goes in
// it; NutUI's own "请输入内容" in an empty box only added noise.
const DESK_LOCALE = { ...zhCN, placeholder: '' }

/** Shows its children only to signed-in staff holding one of the roles; tells everyone else what to do. */
export function StaffGate({ roles, children }: { roles: Role[]; children: (session: StaffSession) => ReactNode }) {
  const session = useStaffSession()
  if (!session) {
    return (
      <Empty image={<View className='state-view__glyph'>!</View>} imageSize={72} title='请先登录' description='这是办公室工作人员使用的页面。'>
        <Button type='primary' size='large' onClick={() => void Taro.navigateTo({ url: routes.staffLogin })}>
          工作人员登录
        </Button>
      </Empty>
    )
  }
  if (roles.length > 0 && !hasRole(session, ...roles)) {
    return <Empty image={<View className='state-view__glyph'>!</View>} imageSize={72} title='没有权限' description={`这个页面需要“${roles.map(roleLabel).join('”或“')}”角色，请联系管理员。`} />
  }
  return <ConfigProvider locale={DESK_LOCALE}>{children(session)}</ConfigProvider>
}
