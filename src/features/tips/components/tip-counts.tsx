import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Bars } from '../../../components/bars'
import { StateView } from '../../../components/state-view'
import { beijingToday } from '../../../core/campaign'
import { officeName, type TownEntry } from '../../../core/town'
import { sayError } from '../../../services/feedback'
import { saveStaffExport } from '../../../services/http'
import { tipCountsPath, useTipCounts } from '../api/tips'

const DAY = 86400000

/**
 * The last 30 days at a glance: tips and feedback by day, and by the office
 * they went to when the account sees more than one (the district's). Counted
 * on the server from the cases' day, office and status: nothing is opened.
 */
export function TipCountsCard({ towns }: { towns: readonly TownEntry[] }) {
  const to = beijingToday(new Date())
  const from = beijingToday(new Date(Date.now() - 29 * DAY))
  const counts = useTipCounts(from, to)
  const c = counts.data
  const total = (key: 'tips' | 'feedback') => (c ? c.days.reduce((n, d) => n + d[key], 0) : 0)
  return (
    <View className='staff__card tip-counts'>
      <View className='staff__title'>最近 30 天收到多少（不含垃圾线索）</View>
      <StateView loading={counts.loading} error={counts.error} onRetry={() => void counts.reload()}>
        {c && (
          <View>
            <View className='staff__meta'>
              举报线索 {total('tips')} 条，投诉建议 {total('feedback')} 条
            </View>
            <Bars rows={c.days.map((d) => ({ label: d.day.slice(5), value: d.tips + d.feedback, note: `（线索${d.tips}）` }))} max={Math.max(0, ...c.days.map((d) => d.tips + d.feedback))} unit='条' />
            {c.byTown.length > 1 && (
              <>
                <View className='staff__title'>按交给的镇（街道）</View>
                <Bars
                  rows={c.byTown.map((t) => ({ label: officeName(towns, t.town), value: t.tips + t.feedback, note: `（办结${t.closed}）` }))}
                  max={Math.max(0, ...c.byTown.map((t) => t.tips + t.feedback))}
                  unit='条'
                />
              </>
            )}
            {process.env.TARO_ENV === 'h5' && (
              <Button
                className='tip-counts__export'
                fill='outline'
                onClick={() => void saveStaffExport(tipCountsPath(from, to, true), `线索数量-${from}-${to}.csv`).catch((err) => sayError(err, '没能导出，请再试一次'))}
              >
                导出表格（CSV）
              </Button>
            )}
          </View>
        )}
      </StateView>
    </View>
  )
}
