import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { Screen } from '../../../components/screen'
import { StateView } from '../../../components/state-view'
import type { BoardFigures } from '../../../core/quiz'
import { useBoard } from '../../../features/quiz/api/quiz'
import { routes } from '../../../routes'
import './index.scss'

/** Who took part and how they scored, kept apart: the bar is people, the score is its own line. */
function Figures({ figures }: { figures: BoardFigures }) {
  return (
    <View className='board__figures'>
      <View className='board__people'>{figures.participants} 人参加</View>
      <View className='board__avg'>平均得分 {figures.averageScore} 分</View>
    </View>
  )
}

/** Participation during the campaign: the whole town, then each village the office has listed; outside one, when it opens. */
export default function QuizBoard() {
  const board = useBoard()
  usePullDownRefresh(() => void board.reload().finally(() => Taro.stopPullDownRefresh()))
  const data = board.data
  const rows = data?.villages ?? []
  const top = Math.max(1, ...rows.map((r) => r.participants))
  return (
    <Screen>
      <StateView
        loading={board.loading}
        error={board.error}
        empty={!!data && data.total.participants === 0}
        emptyText='还没有人答题，快来当第一个！'
        offlineSince={board.offlineSince}
        onRetry={() => void board.reload()}
      >
        {data === null ? (
          <View className='board__closed'>
            <View className='board__closed-title'>答题榜在宣传月期间开放</View>
            <View>现在不是宣传月，答题不上榜。题目随时都能做，练一练，认认骗子的套路。</View>
          </View>
        ) : data ? (
          <View>
            <View className='board__hint'>宣传月期间，每人每天前 3 轮有效，取最好成绩。下拉刷新。</View>
            <View className='board__total'>
              <View className='board__village'>全镇</View>
              <Figures figures={data.total} />
            </View>
            {rows.length === 0 ? <View className='board__hint'>各村（社区）的参与人数，等镇里录入村名单后显示。</View> : <View className='board__hint'>各村按参加人数排，条越长，参加的人越多。</View>}
            {rows.map((r, i) => (
              <View key={r.village} className='board__row'>
                <View className='board__rank'>{i + 1}</View>
                <View className='board__main'>
                  <View className='board__village'>{r.village}</View>
                  <View className='board__bar' aria-hidden style={{ width: `${Math.round((r.participants / top) * 100)}%` }} />
                </View>
                <Figures figures={r} />
              </View>
            ))}
          </View>
        ) : undefined}
      </StateView>
      <Button className='board__play' type='primary' size='large' block onClick={() => void Taro.switchTab({ url: routes.quiz })}>
        去答题
      </Button>
    </Screen>
  )
}
