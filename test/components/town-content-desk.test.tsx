import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { EditorItem, EditorListItem } from '../../src/core/publishing'
import type { CampaignRecord } from '../../src/core/campaign'
import CampaignsPage from '../../src/packages/staff/campaigns/index'
import DeskPage from '../../src/packages/staff/desk/index'
import EditPage from '../../src/packages/staff/edit/index'
import { saveSession, type StaffSession } from '../../src/services/staff-session'
import { routerParams } from '../setup/taro-mock'

const listed = (id: string, title: string, town: string | null): EditorListItem => ({
  id,
  kind: 'article',
  title,
  category: 'pension',
  status: 'published',
  publishedAt: '2026-06-01T00:00:00.000Z',
  scheduled: false,
  updatedAt: '2026-06-01T00:00:00.000Z',
  town,
  hidden: false
})

const districtArticle: EditorItem<'article'> = {
  id: 'a-district',
  kind: 'article',
  status: 'draft',
  publishedAt: '2026-06-01T00:00:00.000Z',
  scheduled: false,
  revision: 2,
  updatedAt: '2026-06-01T00:00:00.000Z',
  town: null,
  fields: { title: '区里的文章', category: 'pension', summary: '摘要写清要点。', redFlags: [], body: '正文。' },
  revisions: []
}

const campaign = (id: string, theme: string, town: string | null): CampaignRecord => ({
  id,
  name: '',
  theme,
  startsOn: '2026-06-01',
  endsOn: '2026-06-30',
  bannerImageId: null,
  slogans: ['守住钱袋子'],
  articleIds: [],
  caseIds: [],
  quizSeconds: 180,
  quizFeedback: false,
  status: 'published',
  updatedAt: '2026-06-01T00:00:00.000Z',
  town,
  hidden: false
})

const TOWN_PUBLISHER: StaffSession = { token: 't', username: 'bc_pub', displayName: '北仓发布员', roles: ['editor', 'publisher'], town: 'beicang' }
const DISTRICT_PUBLISHER: StaffSession = { ...TOWN_PUBLISHER, username: 'pub', town: null }

type Sent = { url: string; method: string; data?: Record<string, unknown> }

/**
 * Answers as server/routes/publishing, campaigns and town do for a town's
 * account: its own items and the district's, each with its town and whether
 * the town hides it; hiding is remembered for the next list.
 */
function serve(): Sent[] {
  const sent: Sent[] = []
  const hidden = new Set<string>()
  ;(Taro.request as jest.Mock).mockImplementation((req: Sent) => {
    sent.push(req)
    const path = new URL(req.url, 'http://desk.test').pathname
    const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data })
    if (req.method === 'POST' && path === '/api/admin/town/hidden') {
      const { id, hidden: hide } = req.data as { id: string; hidden: boolean }
      if (hide) hidden.add(id)
      else hidden.delete(id)
      return ok({ ok: true })
    }
    if (req.method === 'GET' && path === '/api/admin/articles')
      return ok({ items: [listed('a-district', '区里的文章', null), listed('a-ours', '北仓的文章', 'beicang')].map((a) => ({ ...a, hidden: hidden.has(a.id) })) })
    if (req.method === 'GET' && path === '/api/admin/articles/a-district') return ok(districtArticle)
    if (req.method === 'GET' && path === '/api/admin/campaigns') return ok({ items: [campaign('m-district', '全区宣传月', null), campaign('m-ours', '北仓宣传周', 'beicang')] })
    return Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有这个地址。' } } })
  })
  return sent
}

const itemTitled = (title: string) => screen.getByText(title).closest('.staff__item') as HTMLElement

describe("a town's account at the desk", () => {
  let sent: Sent[]
  beforeEach(() => {
    Taro.clearStorageSync()
    ;(Taro.request as jest.Mock).mockReset()
    ;(Taro.navigateTo as jest.Mock).mockClear()
    sent = serve()
  })

  it("marks the district's articles as the district's, to read only, and not its own", async () => {
    saveSession(TOWN_PUBLISHER)
    routerParams.current = { kind: 'article' }
    await act(async () => void render(<DeskPage />))
    expect(within(itemTitled('区里的文章')).getByText('区里发布 · 只能看')).toBeInTheDocument()
    expect(within(itemTitled('北仓的文章')).queryByText('区里发布 · 只能看')).toBeNull()
    expect(within(itemTitled('北仓的文章')).queryByText('本镇不显示')).toBeNull()
  })

  it("hides a district article from the town's residents and shows it again, without opening it", async () => {
    saveSession(TOWN_PUBLISHER)
    routerParams.current = { kind: 'article' }
    await act(async () => void render(<DeskPage />))
    await act(async () => void fireEvent.click(within(itemTitled('区里的文章')).getByText('本镇不显示')))
    expect(sent.filter((r) => r.method === 'POST')).toEqual([
      expect.objectContaining({ url: expect.stringContaining('/api/admin/town/hidden'), data: { kind: 'article', id: 'a-district', hidden: true } })
    ])
    expect(within(itemTitled('区里的文章')).getByText('区里发布 · 本镇不显示')).toBeInTheDocument()
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    await act(async () => void fireEvent.click(within(itemTitled('区里的文章')).getByText('恢复显示')))
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.data?.hidden)).toEqual([true, false])
    expect(within(itemTitled('区里的文章')).getByText('区里发布 · 只能看')).toBeInTheDocument()
  })

  it('opens a district article to read, without save, submit, review or revisions, saying why', async () => {
    saveSession(TOWN_PUBLISHER)
    routerParams.current = { kind: 'article', id: 'a-district' }
    await act(async () => void render(<EditPage />))
    expect(screen.getByText(/这是区里发布的内容/)).toBeInTheDocument()
    expect(document.querySelector('.edit__save')).toBeNull()
    expect(document.querySelector('.edit__submit')).toBeNull()
    expect(screen.queryByText('发布')).toBeNull()
  })

  it('lets the district change the same article', async () => {
    saveSession(DISTRICT_PUBLISHER)
    routerParams.current = { kind: 'article', id: 'a-district' }
    await act(async () => void render(<EditPage />))
    expect(screen.queryByText(/这是区里发布的内容/)).toBeNull()
    expect(document.querySelector('.edit__save')).not.toBeNull()
  })

  it("offers to change and withdraw its own campaigns, not the district's", async () => {
    saveSession(TOWN_PUBLISHER)
    await act(async () => void render(<CampaignsPage />))
    const district = itemTitled('全区宣传月')
    expect(within(district).getByText('区里发布 · 只能看')).toBeInTheDocument()
    expect(within(district).queryByText('修改')).toBeNull()
    expect(within(district).queryByText('撤下')).toBeNull()
    const ours = itemTitled('北仓宣传周')
    expect(within(ours).getByText('修改')).toBeInTheDocument()
    expect(within(ours).getByText('撤下')).toBeInTheDocument()
  })
})
