import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Screen } from '../../src/components/screen'
import type { Hotline } from '../../src/core/reading-types'
import { save } from '../../src/services/cache'
import { clearStorageSync, pageStack } from '../setup/taro-mock'

const mocked = Taro as unknown as Record<'request' | 'switchTab' | 'makePhoneCall', jest.Mock>
const hotline: Hotline = { phone: '022-12345678', hours: '工作日', schedule: '1-5 08:30-17:30', address: '镇政府', openNow: true }

async function openPage(...routes: string[]) {
  cleanup()
  pageStack.splice(0, pageStack.length, ...routes.map((route) => ({ route })))
  await act(async () => {
    render(
      <Screen>
        <div>页面内容</div>
      </Screen>
    )
  })
}

describe('the way home on a page opened by itself', () => {
  beforeEach(() => {
    clearStorageSync()
    mocked.request.mockReset()
    mocked.request.mockResolvedValue({ statusCode: 200, data: hotline })
    mocked.switchTab.mockClear()
    ;(window.open as jest.Mock).mockClear()
  })
  afterAll(() => pageStack.splice(0, pageStack.length, { route: 'pages/index/index' }))

  it('a shared link to a sub-page gets a button home and the hotline', async () => {
    await openPage('packages/quiz/board/index')
    fireEvent.click(screen.getByText('‹ 回首页'))
    expect(mocked.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
    fireEvent.click(screen.getByText('咨询电话 022-12345678'))
    expect(window.open).toHaveBeenCalledWith('tel:022-12345678')
    expect(screen.getByText('页面内容')).toBeInTheDocument()
  })

  it('offline, shows the hotline this phone saw before, and the way home regardless', async () => {
    mocked.request.mockRejectedValue({ errMsg: 'request:fail' })
    await openPage('/packages/reading/article/index')
    expect(screen.getByText('‹ 回首页')).toBeInTheDocument()
    expect(screen.queryByText(/咨询电话/)).toBeNull()
    save('/api/hotline', hotline)
    await openPage('/packages/reading/article/index')
    expect(screen.getByText('咨询电话 022-12345678')).toBeInTheDocument()
  })

  it("an office page opened by itself leads back to the office's tab, with no residents' hotline and no request for it", async () => {
    await openPage('packages/staff/desk/index')
    expect(screen.queryByText('‹ 回首页')).toBeNull()
    expect(screen.queryByText(/咨询电话/)).toBeNull()
    fireEvent.click(screen.getByText('‹ 返回管理'))
    expect(mocked.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
    expect(mocked.request).not.toHaveBeenCalled()
  })

  it('a sub-page reached from another page has 返回 in the browser (no bar there), and a tab page has nothing', async () => {
    const back = (Taro as unknown as { navigateBack: jest.Mock }).navigateBack
    back.mockClear()
    await openPage('pages/index/index', 'packages/quiz/board/index')
    expect(screen.queryByText('‹ 回首页')).toBeNull()
    fireEvent.click(screen.getByText('‹ 返回'))
    expect(back).toHaveBeenCalledTimes(1)
    await openPage('pages/mine/index', 'packages/staff/tips/index', 'packages/staff/tip/index')
    expect(screen.getByText('‹ 返回')).toBeInTheDocument()
    expect(screen.queryByText('‹ 返回管理')).toBeNull()
    await openPage('pages/learn/index')
    expect(screen.queryByText('‹ 回首页')).toBeNull()
    expect(mocked.request).not.toHaveBeenCalled()
  })
})
