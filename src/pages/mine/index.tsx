import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Cell } from '@nutui/nutui-react-taro'
import { LargeTypeSwitch } from '../../components/large-type-switch'
import { Screen } from '../../components/screen'
import { Section } from '../../components/section'
import { roleLabel, type Role } from '../../core/roles'
import { unsetHotlineFacts, type TownProfile } from '../../core/town'
import { signOut } from '../../features/staff/api/session'
import { useTown } from '../../features/town/api/town'
import { useTowns } from '../../features/town/api/get-towns'
import { MyTown } from '../../features/town/components/town-picker'
import { routes } from '../../routes'
import { useStreakDays } from '../../services/learning-streak'
import { hasRole, useStaffSession, type StaffSession } from '../../services/staff-session'
import { useStaffTabLabel } from '../../services/staff-tab'
import './index.scss'

// `districtOnly`: work the district's accounts do for every town (a town's account is refused there).
// A function url takes the account's town (the village screen shows a town's own).
const MENU: { title: string; description: string; url: string | ((town?: string | null) => string); roles: Role[]; districtOnly?: true }[] = [
  { title: '文章管理', description: '写稿、审核、发布、定时、撤下', url: routes.desk('article'), roles: ['editor', 'publisher'] },
  { title: '案例管理', description: '以案说法的稿件', url: routes.desk('case'), roles: ['editor', 'publisher'] },
  { title: '线索办理', description: '群众举报线索：核实、移交、回复、办结', url: routes.tipDesk, roles: ['tip_handler'] },
  { title: '投诉建议办理', description: '群众的投诉建议：阅读、回复、办结', url: routes.feedbackDesk, roles: ['tip_handler'] },
  { title: '宣传月', description: '主题、日期、横幅、口号、推荐内容', url: routes.campaigns, roles: ['publisher'] },
  { title: '曝光台', description: '发布被警示或查处的机构', url: routes.exposuresDesk, roles: ['publisher'] },
  { title: '题库', description: '批量导入、审核发布答题题目', url: routes.quizBank, roles: ['editor', 'publisher'], districtOnly: true },
  { title: '答题统计', description: '参与人数、平均分、哪些危险信号常被漏看', url: routes.quizStats, roles: ['publisher', 'admin'] },
  { title: '村屏模式', description: '村委会大屏滚动播放宣传口号', url: routes.villageScreen, roles: ['publisher', 'admin'] },
  { title: '镇情资料', description: '镇名、热线、村（社区）、成员单位', url: routes.town, roles: ['admin'] },
  { title: '账号管理', description: '新建账号、分配角色、停用', url: routes.users, roles: ['admin'] },
  { title: '操作记录', description: '谁在什么时候做了什么', url: routes.audit, roles: ['admin'] }
]

function StaffMenu({ session, town }: { session: StaffSession; town?: TownProfile }) {
  const go = (url: string) => void Taro.navigateTo({ url })
  const unset = town ? unsetHotlineFacts(town) : []
  return (
    <Section title='管理'>
      <View className='mine__who'>
        {session.displayName}（{session.username}）· {session.roles.map(roleLabel).join('、')}
      </View>
      {town && unset.length > 0 && (
        <View className='mine__warn'>
          <View className='mine__strong'>镇里的{unset.join('、')}还没有设置</View>
          <View>
            {town.hotlinePhone ? '' : '居民现在看到的是 12345 政务服务便民热线，以及 110、96110。'}
            没设置的，居民的咨询卡片上就不显示。请管理员在“镇情资料”里填上镇防非办自己的。
          </View>
          {hasRole(session, 'admin') && (
            <Button className='mine__warn-go' type='primary' onClick={() => go(routes.town)}>
              去填写
            </Button>
          )}
        </View>
      )}
      <View className='mine__menu'>
        {MENU.filter((m) => hasRole(session, ...m.roles) && !(m.districtOnly && session.town)).map((m) => (
          <Cell key={m.title} title={m.title} description={m.description} clickable onClick={() => go(typeof m.url === 'function' ? m.url(session.town) : m.url)} />
        ))}
        <Cell title='修改密码' clickable onClick={() => go(routes.staffPassword)} />
      </View>
      <View className='mine__actions'>
        <Button block size='large' fill='outline' onClick={() => void signOut()}>
          退出登录
        </Button>
      </View>
    </Section>
  )
}

export default function Mine() {
  const session = useStaffSession()
  const town = useTown()
  useStaffTabLabel()
  const name = town.data?.name ?? ''
  const towns = useTowns()
  const streak = useStreakDays()
  return (
    <Screen>
      {/* Signed in, the office came for its work: the menu first, the resident's settings after it. */}
      {session && <StaffMenu session={session} town={town.data} />}
      <MyTown fallbackName={name} />
      <Section title='阅读和学习'>
        <View className='mine__card mine__row'>
          <View>
            <View className='mine__strong'>大字模式</View>
            <View className='mine__soft'>字不够大？打开这里。手机系统的字体大小也会生效。</View>
          </View>
          <LargeTypeSwitch />
        </View>
        <View className='mine__streak'>
          {streak > 0 ? <View className='mine__strong'>已连续学习 {streak} 天</View> : <View>今天读一篇文章、看一个案例或答完一轮题，就开始记连续学习的天数。</View>}
          <View className='mine__soft'>{streak > 0 ? '读文章、看案例或答完一轮题，当天就算学过。' : ''}只记在您自己的手机上，不上传。</View>
        </View>
      </Section>
      <Section title='投诉建议'>
        <View className='mine__card'>
          <View className='mine__soft'>对这个小程序或镇里的办事服务有意见、建议，请告诉我们。匿名提交，凭回执码查看答复。</View>
          <View className='mine__actions'>
            <Button className='mine__feedback' block size='large' fill='outline' onClick={() => void Taro.navigateTo({ url: routes.feedback })}>
              投诉建议
            </Button>
          </View>
        </View>
      </Section>
      {!session && (
        <Section title='工作人员'>
          <View className='mine__card'>
            <View className='mine__soft'>宣传办、经济办等单位的工作人员，登录后可发布内容、办宣传月。</View>
            <View className='mine__actions'>
              <Button block type='primary' size='large' onClick={() => void Taro.navigateTo({ url: routes.staffLogin })}>
                工作人员登录
              </Button>
            </View>
          </View>
        </Section>
      )}
      <Section title='隐私说明'>
        <View className='mine__card mine__text'>
          <View>阅读文章、学习案例、拨打热线，都不需要登录，也不需要留下姓名、手机号或位置。</View>
          <View>为了网络不好时也能看，您读过的内容会保存在自己的手机上，不会上传。</View>
          <View>
            举报：只收您写下的内容和照片，不记录微信号、手机号、IP 地址、手机型号和位置；照片里的拍摄位置和设备信息会被去掉。内容加密保存，只有线索处理人员登录后能看。您会拿到一个 16
            位回执码，凭它查看回复、补充情况；回执码只存成无法还原的“指纹”，丢了谁也找不回。办结的线索到期（默认一年）连同照片一起删除。联系方式只有您自己打开“愿意留联系方式”才会收。
          </View>
          <View>投诉建议：和举报一样匿名、加密保存，一样凭回执码查看答复，办结后到期删除。</View>
          <View>本程序不使用您的微信头像、昵称，也不做广告。</View>
        </View>
      </Section>
      <Section title='关于'>
        <View className='mine__card mine__text'>
          {/* One town: its own office runs it under its plan. Several: the district's office does, and each town's uses it. */}
          {(towns?.length ?? 0) > 1 ? (
            <View>“防非宣传”是区防范和处置非法集资工作领导小组办公室开办的宣传平台，{name}和区里其他镇（街道）的办公室一起使用，帮助乡亲们认清非法集资、守住钱袋子。</View>
          ) : (
            <View>
              “防非宣传”是{name}防范和处置非法集资领导小组办公室（设在经济办）依据《{name}防范和处置非法集资工作方案》开办的宣传平台，帮助乡亲们认清非法集资、守住钱袋子。
            </View>
          )}
          <View className='mine__soft'>拿不准的投资，先打首页上的咨询电话问一问。</View>
        </View>
      </Section>
    </Screen>
  )
}
