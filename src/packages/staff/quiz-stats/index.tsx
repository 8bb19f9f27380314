import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useEffect, useState } from 'react'
import { Bars } from '../../../components/bars'
import { Choices } from '../../../components/choices'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { beijingToday } from '../../../core/campaign'
import { PERSONAS } from '../../../core/quiz'
import { DISTRICT, officeName, type TownEntry } from '../../../core/town'
import { useCampaigns } from '../../../features/campaigns/api/campaigns'
import { statsQuery, useQuizStats, type QuizStats } from '../../../features/quiz/api/stats'
import { DatePick } from '../../../features/staff/components/date-pick'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import { useOfficeTowns } from '../../../features/town/api/town-office'
import { saveStaffExport } from '../../../services/http'
import { sayError } from '../../../services/feedback'
import { hasRole, type StaffSession } from '../../../services/staff-session'
import '../staff.scss'
import './index.scss'

function Report({ stats, towns }: { stats: QuizStats; towns: readonly TownEntry[] }) {
  const persona = (code: string) => PERSONAS.find((p) => p.code === code)?.label ?? code
  const wrong = stats.items.filter((i) => i.correctRate < 1).slice(0, 10)
  return (
    <View>
      <View className='staff__card staff__row stats__head'>
        <View>
          <View className='stats__big'>{stats.rounds}</View>轮答题
        </View>
        <View>
          <View className='stats__big'>{stats.days.reduce((s, d) => s + d.newParticipants, 0)}</View>新参与的人
        </View>
        <View>
          <View className='stats__big'>{stats.averageScore}</View>平均分
        </View>
      </View>
      <View className='staff__card'>
        <View className='staff__title'>每天答题轮数</View>
        <Bars rows={stats.days.map((d) => ({ label: d.day.slice(5), value: d.rounds, note: `均${d.averageScore}` }))} max={Math.max(0, ...stats.days.map((d) => d.rounds))} unit='轮' />
      </View>
      <View className='staff__card'>
        <View className='staff__title'>居民最容易漏看的危险信号</View>
        <View className='staff__soft'>百分比是题里有这个信号时，居民没认出它的比例；括号里是它出现的次数。</View>
        <Bars rows={stats.flags.map((f) => ({ label: f.label, value: Math.round(f.missRate * 100), note: `（${f.shown}次）` }))} max={100} unit='%' />
      </View>
      <View className='staff__card'>
        {/* Both charts count what went wrong, so a longer red bar always means more residents need help there. */}
        <View className='staff__title'>最常答错的题</View>
        <View className='staff__soft'>百分比是答错的比例，括号里是作答次数。多选题要把危险信号选全、选对才算答对；只选对一部分的，漏看了哪种信号见上一栏。</View>
        {wrong.length > 0 ? (
          <Bars rows={wrong.map((i) => ({ label: i.prompt || i.itemId, value: Math.round((1 - i.correctRate) * 100), note: `（${i.shown}次）` }))} max={100} unit='%' />
        ) : (
          <View className='staff__soft'>还没有人答错过。</View>
        )}
      </View>
      {stats.byTown.length > 0 && (
        <View className='staff__card'>
          <View className='staff__title'>按镇（街道）</View>
          <Bars
            rows={stats.byTown.map((v) => ({ label: officeName(towns, v.name), value: v.rounds, note: `均${v.averageScore}` }))}
            max={Math.max(0, ...stats.byTown.map((v) => v.rounds))}
            unit='轮'
          />
        </View>
      )}
      {stats.byVillage.length > 0 && (
        <View className='staff__card'>
          <View className='staff__title'>按村（社区）</View>
          <Bars rows={stats.byVillage.map((v) => ({ label: v.name, value: v.rounds, note: `均${v.averageScore}` }))} max={Math.max(0, ...stats.byVillage.map((v) => v.rounds))} unit='轮' />
        </View>
      )}
      <View className='staff__card'>
        <View className='staff__title'>按身份</View>
        <Bars rows={stats.byPersona.map((v) => ({ label: persona(v.name), value: v.rounds, note: `均${v.averageScore}` }))} max={Math.max(0, ...stats.byPersona.map((v) => v.rounds))} unit='轮' />
      </View>
    </View>
  )
}

const DAY = 86400000
const RECENT = 'recent'

/** The office picks a campaign month (publishers see the list) or any range of days, then one village or persona if it likes. */
function QuizStatsPage({ session }: { session: StaffSession }) {
  const today = beijingToday(new Date())
  const [from, setFrom] = useState(beijingToday(new Date(Date.now() - 29 * DAY)))
  const [to, setTo] = useState(today)
  const [range, setRange] = useState(RECENT)
  const [village, setVillage] = useState('')
  const [persona, setPersona] = useState('')
  const [villages, setVillages] = useState<string[]>([])
  // The district's people choose the whole district (by town) or one town; a town's account always gets its own.
  const towns = useOfficeTowns().data ?? []
  const [town, setTown] = useState<string>()
  const chooseTown = !session.town && towns.length > 1
  const filter = { from, to, town: chooseTown ? (town ?? DISTRICT) : undefined, village, persona }
  const campaigns = useCampaigns(hasRole(session, 'publisher'))
  const stats = useQuizStats(filter)

  // The village list comes from the figures for all villages, so choosing one does not shrink it.
  useEffect(() => {
    if (!village && stats.data) setVillages(stats.data.byVillage.map((v) => v.name))
  }, [stats.data, village])

  const ranges = [{ value: RECENT, label: '最近 30 天' }, ...(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.theme}（${c.startsOn.slice(5)}～${c.endsOn.slice(5)}）` }))]
  const pickRange = (value: string) => {
    setRange(value)
    const c = campaigns.data?.items.find((x) => x.id === value)
    setFrom(c ? c.startsOn : beijingToday(new Date(Date.now() - 29 * DAY)))
    setTo(c ? c.endsOn : today)
  }
  const exportCsv = () => void saveStaffExport(`/api/admin/quiz/stats.csv${statsQuery(filter)}`, `答题统计-${from}-${to}.csv`).catch((err) => sayError(err, '没能导出，请再试一次'))

  return (
    <View>
      <View className='staff__card'>
        <Field label='时间'>
          <Choices options={ranges} selected={[range]} onChange={([v]) => pickRange(v)} />
          <View className='staff__row stats__dates'>
            <DatePick
              value={from}
              onChange={(v) => {
                setRange('')
                setFrom(v)
              }}
              placeholder='开始日期'
            />
            至
            <DatePick
              value={to}
              onChange={(v) => {
                setRange('')
                setTo(v)
              }}
              placeholder='结束日期'
            />
          </View>
        </Field>
        {chooseTown && (
          <Field label='范围'>
            <Choices
              options={[{ value: DISTRICT, label: '全区（按镇、街道比较）' }, ...towns.map((t) => ({ value: t.code, label: t.name }))]}
              selected={[town ?? DISTRICT]}
              onChange={([v]) => {
                setTown(v)
                setVillage('')
                setVillages([])
              }}
            />
          </Field>
        )}
        <Field label='身份'>
          <Choices options={[{ value: '', label: '全部' }, ...PERSONAS.map((p) => ({ value: p.code, label: p.label }))]} selected={[persona]} onChange={([v]) => setPersona(v)} />
        </Field>
        {villages.length > 0 && (
          <Field label='村（社区）'>
            <Choices options={[{ value: '', label: '全部' }, ...villages.map((v) => ({ value: v, label: v }))]} selected={[village]} onChange={([v]) => setVillage(v)} />
          </Field>
        )}
        {process.env.TARO_ENV === 'h5' && (
          <Button className='stats__export' fill='outline' onClick={exportCsv}>
            导出表格（CSV，Excel 可打开）
          </Button>
        )}
      </View>
      <StateView loading={stats.loading} error={stats.error} empty={stats.data?.rounds === 0} emptyText='这段时间还没有人答题' onRetry={() => void stats.reload()}>
        {stats.data && <Report stats={stats.data} towns={towns} />}
      </StateView>
    </View>
  )
}

export default function Page() {
  return (
    <Screen className='staff-page'>
      <StaffGate roles={['publisher', 'admin']}>{(session) => <QuizStatsPage session={session} />}</StaffGate>
    </Screen>
  )
}
