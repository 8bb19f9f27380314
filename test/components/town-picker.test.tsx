import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { forgetTowns } from '../../src/features/town/api/get-towns'
import Home from '../../src/pages/index/index'
import Mine from '../../src/pages/mine/index'
import Report from '../../src/pages/report/index'
import Feedback from '../../src/packages/tips/feedback/index'
import { chooseTown, skipTownQuestion, townChoice } from '../../src/services/town-choice'
import { routerParams } from '../setup/taro-mock'

type Sent = { url: string; method?: string; data?: Record<string, unknown> }

const TOWNS = { xinkou: '辛口镇', taoyuan: '桃源镇', dasi: '大寺镇', jingwu: '精武镇', zhongbei: '中北镇' } as const
const PHONES = { xinkou: '022-2739-1111', taoyuan: '022-2739-2222', dasi: '022-2739-3333', jingwu: '022-2739-4444', zhongbei: '022-2739-5555' } as const

/**
 * Plays a district deployment: `towns` is what GET /api/towns lists (null: a
 * server from before towns, 404), and each town answers with its own hotline
 * and profile for `town=CODE`, the default town (辛口镇) for none; `town=district`
 * is taken by filings only.
 */
function serve(towns: (keyof typeof TOWNS)[] | null): Sent[] {
  const sent: Sent[] = []
  ;(Taro.request as jest.Mock).mockImplementation((req: Sent) => {
    sent.push(req)
    const url = new URL(req.url, 'http://test')
    const code = url.searchParams.get('town') ?? 'xinkou'
    const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data })
    if (url.pathname === '/api/towns') {
      return towns ? ok({ items: towns.map((code) => ({ code, name: TOWNS[code] })) }) : Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有' } } })
    }
    // The district takes filings only; nobody reads "the district's" hotline.
    const filing = ['/api/tips/challenge', '/api/tips', '/api/feedback'].includes(url.pathname)
    if (!(code in TOWNS) && !(filing && code === 'district')) return Promise.resolve({ statusCode: 400, data: { error: { code: 'bad_town', message: '没有这个镇' } } })
    const town = code as keyof typeof TOWNS
    if (url.pathname === '/api/hotline') return ok({ phone: PHONES[town], hours: '', schedule: '', address: '', openNow: true })
    if (url.pathname === '/api/town') return ok({ name: TOWNS[town], hotlinePhone: PHONES[town], hotlineHours: '', hotlineAddress: '', villages: [], units: [] })
    if (url.pathname === '/api/tips/challenge') return ok({ challenge: '1700000000000.abc.def', bits: 1 })
    if (url.pathname === '/api/feedback') return Promise.resolve({ statusCode: 201, data: { receipt: '1234567890123456' } })
    if (url.pathname === '/api/articles' || url.pathname === '/api/cases') return ok({ items: [], total: 0, page: 1, pageSize: 5 })
    if (url.pathname === '/api/campaigns/showing') return ok({ campaign: null })
    return Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有' } } })
  })
  return sent
}

const townOf = (r: Sent) => new URL(r.url, 'http://test').searchParams.get('town')
const to = (sent: Sent[], path: string) => sent.filter((r) => new URL(r.url, 'http://test').pathname === path)

/** The town list has been asked for and its answer has reached the page. */
async function settled(sent: Sent[]) {
  await waitFor(() => expect(to(sent, '/api/towns')).toHaveLength(1))
  await act(async () => {})
}

async function open(page: JSX.Element) {
  await act(async () => {
    render(page)
  })
}

beforeEach(() => {
  cleanup()
  Taro.clearStorageSync()
  forgetTowns()
  jest.clearAllMocks()
  routerParams.current = {}
})

describe('one town (today’s deployments)', () => {
  it.each([
    ['lists one town', ['xinkou'] as const],
    ['is an old server without /api/towns', null]
  ])('when the server %s: no question on home, no row in 我的, and no town= on any request', async (_, towns) => {
    const sent = serve(towns ? [...towns] : null)
    await open(<Home />)
    await screen.findByText(PHONES.xinkou, { exact: false })
    await settled(sent)
    expect(screen.queryByText('您住在哪个镇（街道）？')).toBeNull()
    cleanup()
    await open(<Mine />)
    await screen.findByText('大字模式')
    await act(async () => {})
    expect(screen.queryByText(/所在镇（街道）/)).toBeNull()
    expect(sent.length).toBeGreaterThan(3)
    expect(sent.filter((r) => r.url.includes('town='))).toEqual([])
    expect(townChoice()).toEqual({})
  })

  it('offline on a first open: no question, and the page still shows what it can', async () => {
    ;(Taro.request as jest.Mock).mockRejectedValue({ errMsg: 'request:fail' })
    await open(<Home />)
    await waitFor(() => expect(Taro.request).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/api/towns') })))
    expect(screen.queryByText('您住在哪个镇（街道）？')).toBeNull()
    expect(document.querySelector('.home__slogan')).toHaveTextContent('守住钱袋子远离非法集资')
  })
})

describe('two towns', () => {
  it('home asks once, with the hotline in reach; the choice is remembered and the page reloads for that town', async () => {
    const sent = serve(['xinkou', 'taoyuan'])
    await open(<Home />)
    const question = await screen.findByRole('region', { name: '您住在哪个镇（街道）？' })
    // The hotline is there to call while the question waits.
    expect(screen.getByText(PHONES.xinkou, { exact: false })).toBeInTheDocument()
    const options = within(question).getAllByRole('radio')
    expect(options.map((o) => o.textContent)).toEqual(['辛口镇', '桃源镇'])
    const before = sent.length
    await act(async () => fireEvent.click(within(question).getByText('桃源镇')))
    expect(townChoice()).toEqual({ town: 'taoyuan' })
    expect(screen.queryByText('您住在哪个镇（街道）？')).toBeNull()
    await screen.findByText(PHONES.taoyuan, { exact: false })
    expect(screen.queryByText(PHONES.xinkou, { exact: false })).toBeNull()
    const after = sent.slice(before)
    expect(to(after, '/api/hotline').map(townOf)).toEqual(['taoyuan'])
    expect(to(after, '/api/campaigns/showing').map(townOf)).toEqual(['taoyuan'])
    expect(to(after, '/api/articles').map(townOf)).toEqual(['taoyuan'])
    // Opened again later: remembered, not asked again.
    cleanup()
    await open(<Home />)
    await screen.findByText(PHONES.taoyuan, { exact: false })
    expect(screen.queryByText('您住在哪个镇（街道）？')).toBeNull()
  })

  it('with more towns than fit in place, home asks with a button that opens the picker', async () => {
    const sent = serve(['xinkou', 'taoyuan', 'dasi', 'jingwu', 'zhongbei'])
    await open(<Home />)
    const question = await screen.findByRole('region', { name: '您住在哪个镇（街道）？' })
    expect(within(question).queryAllByRole('radio')).toEqual([])
    await act(async () => fireEvent.click(within(question).getByText('选镇（街道）')))
    const sheet = screen.getByRole('dialog', { name: '您住在哪个镇（街道）？' })
    expect(
      within(sheet)
        .getAllByRole('radio')
        .map((o) => o.textContent)
    ).toEqual(['辛口镇', '桃源镇', '大寺镇', '精武镇', '中北镇'])
    await act(async () => fireEvent.click(within(sheet).getByText('精武镇')))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('region', { name: '您住在哪个镇（街道）？' })).toBeNull()
    expect(townChoice()).toEqual({ town: 'jingwu' })
    await screen.findByText(PHONES.jingwu, { exact: false })
    expect(to(sent, '/api/hotline').map(townOf)).toEqual([null, 'jingwu'])
  })

  it('a remembered town the district no longer lists is forgotten, and the resident asked again', async () => {
    chooseTown('gone')
    const sent = serve(['xinkou', 'taoyuan'])
    await open(<Home />)
    await screen.findByRole('region', { name: '您住在哪个镇（街道）？' })
    expect(townChoice()).toEqual({})
    await waitFor(() => expect(to(sent, '/api/hotline').map(townOf).at(-1)).toBeNull())
  })

  it('先随便看看: the default town, no town= sent, and not asked again', async () => {
    const sent = serve(['xinkou', 'taoyuan'])
    await open(<Home />)
    await screen.findByText('您住在哪个镇（街道）？')
    await act(async () => fireEvent.click(screen.getByText('先随便看看')))
    expect(screen.queryByText('您住在哪个镇（街道）？')).toBeNull()
    cleanup()
    await open(<Home />)
    await screen.findByText(PHONES.xinkou, { exact: false })
    expect(screen.queryByText('您住在哪个镇（街道）？')).toBeNull()
    expect(sent.filter((r) => r.url.includes('town='))).toEqual([])
  })

  it('a page opened from a poster code takes the town from its scene: no question, and its requests name the town', async () => {
    routerParams.current = { scene: encodeURIComponent('town=taoyuan&village=桃源村') }
    const sent = serve(['xinkou', 'taoyuan'])
    await open(<Home />)
    await screen.findByText(PHONES.taoyuan, { exact: false })
    expect(townChoice()).toEqual({ town: 'taoyuan', village: '桃源村' })
    expect(screen.queryByText('您住在哪个镇（街道）？')).toBeNull()
    expect(to(sent, '/api/hotline').length).toBeGreaterThan(0)
    expect(to(sent, '/api/hotline').filter((r) => townOf(r) !== 'taoyuan')).toEqual([])
  })

  it('我的 shows the town with 更换, which opens the same picker and remembers the new choice', async () => {
    const sent = serve(['xinkou', 'taoyuan'])
    await open(<Mine />)
    // Nothing chosen yet: it says so, and whose pages are shown meanwhile (the default town's, by its profile's name).
    expect((await screen.findByText(/所在镇（街道）/)).textContent).toBe('所在镇（街道）：还没选（先看的是辛口镇的）')
    // Several towns: the district's office runs it, and says so (no plan of a town's is named for the district's platform).
    expect(screen.getByText(/区防范和处置非法集资工作领导小组办公室开办的宣传平台/)).toBeInTheDocument()
    expect(screen.queryByText(/工作方案》开办/)).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('选择')))
    const sheet = screen.getByRole('dialog', { name: '您住在哪个镇（街道）？' })
    expect(
      within(sheet)
        .getAllByRole('radio')
        .map((o) => o.textContent)
    ).toEqual(['辛口镇', '桃源镇'])
    await act(async () => fireEvent.click(within(sheet).getByText('桃源镇')))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByText(/所在镇（街道）/).textContent).toBe('所在镇（街道）：桃源镇')
    expect(townChoice()).toEqual({ town: 'taoyuan' })
    await waitFor(() => expect(to(sent, '/api/town').map(townOf)).toEqual([null, 'taoyuan']))
    // The current town is marked in the picker; 取消 changes nothing.
    await act(async () => fireEvent.click(screen.getByText('更换')))
    expect(within(screen.getByRole('dialog')).getByRole('radio', { checked: true }).textContent).toBe('桃源镇')
    await act(async () => fireEvent.click(screen.getByText('取消')))
    expect(townChoice()).toEqual({ town: 'taoyuan' })
  })

  it('投诉建议 offers where it goes, the resident’s town first chosen and 不清楚（交给区里） last, and sends town= accordingly', async () => {
    chooseTown('taoyuan')
    const sent = serve(['xinkou', 'taoyuan'])
    await open(<Feedback />)
    const group = await screen.findByRole('radiogroup', { name: '意见交给哪里' })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((o) => o.textContent)
    ).toEqual(['辛口镇', '桃源镇', '不清楚（交给区里）'])
    expect(within(group).getByRole('radio', { checked: true }).textContent).toBe('桃源镇')
    await act(async () => fireEvent.click(within(group).getByText('不清楚（交给区里）')))
    fireEvent.click(screen.getByText('关于小程序'))
    const what = document.querySelector<HTMLElement & { componentOnReady?: () => Promise<unknown> }>('.feedback__what textarea, .feedback__what .nut-textarea-textarea')
    if (!what) throw new Error(document.body.innerHTML)
    await act(async () => void (await what.componentOnReady?.()))
    fireEvent(what, new CustomEvent('input', { detail: { value: '字太小。' } }))
    await act(async () => fireEvent.click(screen.getByText('匿名提交')))
    await screen.findByText(/意见已收到/)
    const filed = to(sent, '/api/feedback')
    expect(filed).toHaveLength(1)
    expect(townOf(filed[0])).toBe('district')
    expect(filed[0].data).toEqual(expect.objectContaining({ topic: 'app', what: '字太小。' }))
    expect(filed[0].data).not.toHaveProperty('town')
    expect(to(sent, '/api/tips/challenge').map(townOf)).toEqual(['district'])
    // The resident's own town is unchanged by where one note went.
    expect(townChoice()).toEqual({ town: 'taoyuan' })
  })

  it('举报: a tip’s photos go where the tip goes, and are dropped (with a word) when the resident changes where', async () => {
    chooseTown('taoyuan')
    serve(['xinkou', 'taoyuan'])
    const chooseMedia = Taro.chooseMedia as unknown as jest.Mock
    const uploadFile = Taro.uploadFile as unknown as jest.Mock
    chooseMedia.mockResolvedValue({ type: 'image', tempFiles: [{ tempFilePath: 'wxfile://flyer.jpg' }] })
    uploadFile.mockResolvedValueOnce({ statusCode: 201, data: '{"id":"p1"}' }).mockResolvedValueOnce({ statusCode: 201, data: '{"id":"p2"}' })
    await open(<Report />)
    const group = await screen.findByRole('radiogroup', { name: '这条线索交给哪里' })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((o) => o.textContent)
    ).toEqual(['辛口镇', '桃源镇', '不清楚（交给区里）'])
    await act(async () => fireEvent.click(screen.getByText(/添加照片/)))
    await waitFor(() => expect(document.querySelectorAll('.photo-picker__item')).toHaveLength(1))
    await act(async () => fireEvent.click(within(group).getByText('不清楚（交给区里）')))
    expect(document.querySelectorAll('.photo-picker__item')).toHaveLength(0)
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '换了接收的地方，请重新添加照片' }))
    await act(async () => fireEvent.click(screen.getByText(/添加照片/)))
    await waitFor(() => expect(document.querySelectorAll('.photo-picker__item')).toHaveLength(1))
    expect(uploadFile.mock.calls.map(([o]) => townOf(o as Sent))).toEqual(['taoyuan', 'district'])
  })

  it('marks 不清楚（交给区里） when the resident skipped the town question: the default town gets no tip unasked', async () => {
    skipTownQuestion()
    serve(['xinkou', 'taoyuan'])
    await open(<Feedback />)
    const group = await screen.findByRole('radiogroup', { name: '意见交给哪里' })
    expect(within(group).getByRole('radio', { checked: true }).textContent).toBe('不清楚（交给区里）')
  })

  it('with one town the feedback form has no such choice and sends no town=', async () => {
    const sent = serve(['xinkou'])
    await open(<Feedback />)
    await settled(sent)
    expect(screen.queryByText('意见交给哪里')).toBeNull()
    expect(screen.queryByText('不清楚（交给区里）')).toBeNull()
  })
})
