import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import AuditPage from '../../src/packages/staff/audit/index'
import { saveSession } from '../../src/services/staff-session'

const entry = (id: string, action: string) => ({ id, at: '2026-06-10T02:00:00.000Z', actor: 'bc_pub', action, targetType: null, targetId: null, detail: {} })

describe('操作记录 in words', () => {
  beforeEach(() => {
    Taro.clearStorageSync()
    saveSession({ token: 't', username: 'admin', displayName: '管理员', roles: ['admin'], town: null })
    const items = [entry('1', 'content.hide'), entry('2', 'tip.view'), entry('3', 'feedback.closed'), entry('4', 'tip.transfer'), entry('5', 'quiz.publish'), entry('6', 'something.new')]
    ;(Taro.request as jest.Mock).mockReset()
    ;(Taro.request as jest.Mock).mockResolvedValue({ statusCode: 200, data: { items, total: items.length, page: 1, pageSize: 30 } })
  })

  it('names every recorded action in Chinese, the case steps by kind and status, and shows an unknown code as it is', async () => {
    await act(async () => void render(<AuditPage />))
    for (const words of [
      'bc_pub · 本镇（街道）不显示区里的一条内容',
      'bc_pub · 查看线索',
      'bc_pub · 投诉建议改为“已办结”',
      'bc_pub · 把线索转给其他镇（街道）',
      'bc_pub · 发布题目',
      'bc_pub · something.new'
    ])
      expect(screen.getByText(words)).toBeInTheDocument()
  })
})
