import { Picker, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '../../../components/field'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { beijingToday } from '../../../core/campaign'
import { PERSONAS } from '../../../core/quiz'
import { useQuizStats, type QuizStats } from '../../../features/quiz/api/stats'
import { StaffGate } from '../../../features/staff/components/staff-gate'
import '../staff.scss'
import './index.scss'

/** A row of bars: a chart that needs no library and reads at any type size. */
function Bars({ rows, max, unit }: { rows: { label: string; value: number; note?: string }[]; max: number; unit: string }) {
  return (
    <View>
      {rows.map((r) => (
        <View key={r.label} className='stats__bar-row'>
          <View className='stats__bar-label'>{r.label}</View>
          <View className='stats__bar-track'>
            <View className='stats__bar' style={{ width: `${max > 0 ? Math.round((r.value / max) * 100) : 0}%` }} />
          </View>
          <View className='stats__bar-value'>
            {r.value}
            {unit}
            {r.note ? ` ${r.note}` : ''}
          </View>
        </View>
      ))}
    </View>
  )
}

function Report({ stats }: { stats: QuizStats }) {
  const persona = (code: string) => PERSONAS.find((p) => p.code === code)?.label ?? code
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
        <Bars rows={stats.flags.map((f) => ({ label: f.label, value: Math.round(f.missRate * 100), note: `（${f.shown}次）` }))} max={100} unit='%' />
      </View>
      <View className='staff__card'>
        <View className='staff__title'>正确率最低的题</View>
        <Bars rows={stats.items.slice(0, 10).map((i) => ({ label: i.itemId.replace(/^quiz-/, ''), value: Math.round(i.correctRate * 100), note: `（${i.shown}次）` }))} max={100} unit='%' />
      </View>
      <View className='staff__card'>
        <View className='staff__title'>按村（社区）</View>
        <Bars rows={stats.byVillage.map((v) => ({ label: v.name, value: v.rounds, note: `均${v.averageScore}` }))} max={Math.max(0, ...stats.byVillage.map((v) => v.rounds))} unit='轮' />
      </View>
      <View className='staff__card'>
        <View className='staff__title'>按身份</View>
        <Bars rows={stats.byPersona.map((v) => ({ label: persona(v.name), value: v.rounds, note: `均${v.averageScore}` }))} max={Math.max(0, ...stats.byPersona.map((v) => v.rounds))} unit='轮' />
      </View>
    </View>
  )
}

function QuizStatsPage() {
  const today = beijingToday(new Date())
  const [from, setFrom] = useState(beijingToday(new Date(Date.now() - 29 * 86400000)))
  const [to, setTo] = useState(today)
  const stats = useQuizStats(from, to)
  return (
    <View>
      <View className='staff__card'>
        <Field label='日期范围（北京时间）' hint='导出：电脑浏览器打开 /api/admin/quiz/stats.csv?from=…&to=…（需登录）'>
          <View className='staff__row'>
            <Picker mode='date' value={from} onChange={(e) => setFrom(String(e.detail.value))}>
              <View className='staff__picker'>{from}</View>
            </Picker>
            至
            <Picker mode='date' value={to} onChange={(e) => setTo(String(e.detail.value))}>
              <View className='staff__picker'>{to}</View>
            </Picker>
          </View>
        </Field>
      </View>
      <StateView loading={stats.loading} error={stats.error} empty={stats.data?.rounds === 0} emptyText='这段时间还没有人答题' onRetry={() => void stats.reload()}>
        {stats.data && <Report stats={stats.data} />}
      </StateView>
    </View>
  )
}

export default function Page() {
  return (
    <Screen>
      <StaffGate roles={['publisher', 'admin']}>{() => <QuizStatsPage />}</StaffGate>
    </Screen>
  )
}
