import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import TipDeskPage from '../../src/packages/staff/tips/index'
import { saveSession } from '../../src/services/staff-session'
import { routerParams } from '../setup/taro-mock'

/** Answers the desk's reads as server/routes/tips and town do: two towns, no cases. */
function serve(): void {
  ;(Taro.request as jest.Mock).mockImplementation((req: { url: string }) => {
    const path = new URL(req.url, 'http://desk.test').pathname
    const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data })
    if (path === '/api/towns')
      return ok({
        items: [
          { code: 'xinkou', name: '辛口镇' },
          { code: 'beicang', name: '北仓镇' }
        ]
      })
    if (path === '/api/town') return ok({ name: '辛口镇', hotlinePhone: '', hotlineHours: '', hotlineAddress: '', villages: [], units: [] })
    if (path === '/api/admin/tips') return ok({ items: [], next: null, scanned: 0 })
    return Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有这个地址。' } } })
  })
}

describe('the tip desk in a district of several towns', () => {
  beforeEach(() => {
    Taro.clearStorageSync()
    ;(Taro.request as jest.Mock).mockReset()
    routerParams.current = {}
    serve()
  })

  it("lets the district's handlers pick a town's cases", async () => {
    saveSession({ token: 't', username: 'qu', displayName: '区处理员', roles: ['tip_handler'], town: null })
    await act(async () => void render(<TipDeskPage />))
    expect(screen.getByText('哪个镇（街道）的')).toBeInTheDocument()
  })

  it("offers a town's own handlers no town to pick: they see their town's cases alone", async () => {
    saveSession({ token: 't', username: 'bc', displayName: '北仓处理员', roles: ['tip_handler'], town: 'beicang' })
    await act(async () => void render(<TipDeskPage />))
    expect(screen.getByText('状态')).toBeInTheDocument()
    expect(screen.queryByText('哪个镇（街道）的')).toBeNull()
  })
})
