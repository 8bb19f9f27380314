import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import QuizBoard from '../../src/packages/quiz/board/index'

const request = Taro.request as jest.Mock

async function openBoard(answer: { statusCode: number; data: unknown }) {
  request.mockReset()
  request.mockResolvedValue(answer)
  await act(async () => {
    render(<QuizBoard />)
  })
}

describe('the village board', () => {
  beforeEach(() => {
    Taro.clearStorageSync()
    ;(Taro.switchTab as jest.Mock).mockClear()
  })

  it('outside a campaign says when it opens, not that it failed, and offers the quiz', async () => {
    await openBoard({ statusCode: 404, data: { error: { code: 'no_campaign', message: '现在没有进行中的宣传活动，答题榜在宣传月期间开放。' } } })
    expect(screen.getByText('答题榜在宣传月期间开放')).toBeInTheDocument()
    expect(screen.queryByText('重新加载')).toBeNull()
    fireEvent.click(screen.getByText('去答题'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/quiz/index' })
  })

  it('during a campaign labels the bars as people taking part and the average as a score of its own, with a way to play', async () => {
    await openBoard({
      statusCode: 200,
      data: {
        campaignId: 'c1',
        total: { participants: 5, averageScore: 72.5 },
        villages: [
          { village: '辛口村', participants: 3, averageScore: 80 },
          { village: '大沙窝村', participants: 2, averageScore: 60 }
        ]
      }
    })
    expect(screen.getByText('各村按参加人数排，条越长，参加的人越多。')).toBeInTheDocument()
    const row = screen.getByText('大沙窝村').closest('.board__row') as HTMLElement
    expect(row).toHaveTextContent('2 人参加')
    expect(row).toHaveTextContent('平均得分 60 分')
    expect(row.querySelector('.board__bar')).toHaveStyle({ width: '67%' })
    expect(screen.getByText('去答题')).toBeInTheDocument()
  })

  it('a server failure is still told as one', async () => {
    await openBoard({ statusCode: 500, data: { error: { code: 'internal', message: '服务器开小差了，请稍后再试。' } } })
    expect(screen.getByText('服务器开小差了，请稍后再试。')).toBeInTheDocument()
    expect(screen.getByText('重新加载')).toBeInTheDocument()
  })
})
