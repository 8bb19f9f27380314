import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { TipCountsCard } from '../../src/features/tips/components/tip-counts'
import type { TipCounts } from '../../src/features/tips/api/tips'
import { saveSession } from '../../src/services/staff-session'

const TOWNS = [
  { code: 'xinkou', name: '辛口镇' },
  { code: 'beicang', name: '北仓镇' }
]

/** Answers GET /api/admin/tips/counts as server/routes/tips does, and records what was asked. */
function serve(counts: TipCounts): string[] {
  const asked: string[] = []
  ;(Taro.request as jest.Mock).mockImplementation((req: { url: string; method: string }) => {
    asked.push(req.url)
    if (req.method === 'GET' && new URL(req.url, 'http://desk.test').pathname === '/api/admin/tips/counts') return Promise.resolve({ statusCode: 200, data: counts })
    return Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有这个地址。' } } })
  })
  return asked
}

describe('the tip desk counts', () => {
  beforeEach(() => {
    Taro.clearStorageSync()
    ;(Taro.request as jest.Mock).mockReset()
    saveSession({ token: 't', username: 'qu', displayName: '区处理员', roles: ['tip_handler'], town: null })
  })

  it('shows 30 days of tips and feedback, by day and by the office they went to, named', async () => {
    const asked = serve({
      days: [
        { day: '2026-06-09', tips: 2, feedback: 1 },
        { day: '2026-06-10', tips: 1, feedback: 0 }
      ],
      byTown: [
        { town: 'beicang', tips: 2, feedback: 1, closed: 1 },
        { town: null, tips: 1, feedback: 0, closed: 0 }
      ]
    })
    await act(async () => void render(<TipCountsCard towns={TOWNS} />))
    expect(screen.getByText('举报线索 3 条，投诉建议 1 条')).toBeInTheDocument()
    expect(screen.getByText('06-09')).toBeInTheDocument()
    expect(screen.getByText('北仓镇')).toBeInTheDocument()
    expect(screen.getByText('区里')).toBeInTheDocument()
    expect(asked[0]).toMatch(/\/api\/admin\/tips\/counts\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/)
  })

  it('leaves out the breakdown by office when there is only one', async () => {
    serve({ days: [{ day: '2026-06-10', tips: 1, feedback: 0 }], byTown: [{ town: 'beicang', tips: 1, feedback: 0, closed: 0 }] })
    await act(async () => void render(<TipCountsCard towns={TOWNS} />))
    expect(screen.getByText('举报线索 1 条，投诉建议 0 条')).toBeInTheDocument()
    expect(screen.queryByText('按交给的镇（街道）')).toBeNull()
  })
})
