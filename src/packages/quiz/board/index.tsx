import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import { useBoard } from '../../../features/quiz/api/quiz'
import './index.scss'

/** Participation and average score by village during the campaign: each person's best of the first three rounds a day. */
export default function QuizBoard() {
  const board = useBoard()
  usePullDownRefresh(() => void board.reload().finally(() => Taro.stopPullDownRefresh()))
  const rows = board.data?.villages ?? []
  const top = Math.max(1, ...rows.map((r) => r.participants))
  return (
    <Screen>
      <View className='board__hint'>宣传月期间，每人每天前 3 轮有效，取最好成绩；同分用时少的排前。下拉刷新。</View>
      <StateView loading={board.loading} error={board.error} empty={rows.length === 0} emptyText='还没有人答题，快来当第一个！' offlineSince={board.offlineSince} onRetry={() => void board.reload()}>
        {rows.map((r, i) => (
          <View key={r.village} className='board__row'>
            <View className='board__rank'>{i + 1}</View>
            <View className='board__main'>
              <View className='board__village'>{r.village}</View>
              <View className='board__bar' style={{ width: `${Math.round((r.participants / top) * 100)}%` }} />
            </View>
            <View className='board__figures'>
              <View>{r.participants} 人</View>
              <View className='board__avg'>平均 {r.averageScore} 分</View>
            </View>
          </View>
        ))}
      </StateView>
    </Screen>
  )
}
