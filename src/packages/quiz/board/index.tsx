import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { useBoard } from '../../../features/quiz/api/quiz'
import './index.scss'

/** Participation during the campaign: the whole town, then each village the office has listed. */
export default function QuizBoard() {
  const board = useBoard()
  usePullDownRefresh(() => void board.reload().finally(() => Taro.stopPullDownRefresh()))
  const total = board.data?.total
  const rows = board.data?.villages ?? []
  const top = Math.max(1, ...rows.map((r) => r.participants))
  return (
    <Screen>
      <View className='board__hint'>宣传月期间，每人每天前 3 轮有效，取最好成绩。下拉刷新。</View>
      <StateView loading={board.loading} error={board.error} empty={!total || total.participants === 0} emptyText='还没有人答题，快来当第一个！' offlineSince={board.offlineSince} onRetry={() => void board.reload()}>
        {total && (
          <View className='board__total'>
            <View className='board__village'>全镇</View>
            <View className='board__figures'>
              <View>{total.participants} 人参加</View>
              <View className='board__avg'>平均 {total.averageScore} 分</View>
            </View>
          </View>
        )}
        {rows.length === 0 && <View className='board__hint'>各村（社区）的参与人数，等镇里录入村名单后显示。</View>}
        {rows.map((r, i) => (
          <View key={r.village} className='board__row'>
            <View className='board__rank'>{i + 1}</View>
            <View className='board__main'>
              <View className='board__village'>{r.village}</View>
              <View className='board__bar' style={{ width: `${Math.round((r.participants / top) * 100)}%` }} />
            </View>
            <View className='board__figures'>
              <View>{r.participants} 人参加</View>
              <View className='board__avg'>平均 {r.averageScore} 分</View>
            </View>
          </View>
        ))}
      </StateView>
    </Screen>
  )
}
