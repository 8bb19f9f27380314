import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { FOUR_SIGNS } from '../../src/core/four-signs'
import { LookupIndex } from '../../src/core/lookup'
import type { Exposure } from '../../src/core/lookup'
import Lookup from '../../src/packages/check/lookup/index'
import { routes } from '../../src/routes'

const LISTED: Exposure = {
  id: 'x-1',
  name: '天津某某财富管理有限公司',
  what: '以“保本高息”为诱饵向老年人吸收资金，已被区金融局约谈。',
  exposedOn: '2026-05-01',
  source: '镇防范非法集资领导小组办公室',
  identifiers: ['138 0013 8000', 'www.moumou-caifu.com'],
  town: null
}

type Sent = { url: string; method?: string; data?: { q?: string } }

/** Plays the server: the hotline, and 查一查 answered from the one listed entry by the same index the server builds. */
function serve(): Sent[] {
  const sent: Sent[] = []
  const index = new LookupIndex([LISTED])
  ;(Taro.request as jest.Mock).mockImplementation((req: Sent) => {
    sent.push(req)
    if (req.url.endsWith('/api/hotline')) return Promise.resolve({ statusCode: 200, data: { phone: '022-27391234', hours: '', schedule: '', address: '', openNow: true } })
    if (req.url.endsWith('/api/lookup')) {
      const answer = index.find(req.data?.q ?? '')
      if (!answer.query) return Promise.resolve({ statusCode: 400, data: { error: { code: 'bad_query', message: '没看懂要查什么：请输入名称（至少 2 个字）、电话号码、网址或账号。' } } })
      return Promise.resolve({ statusCode: 200, data: { query: answer.query, partial: answer.partial, matches: answer.hits.map((h) => ({ exposure: LISTED, matched: h.matched, kind: h.kind })) } })
    }
    return Promise.resolve({ statusCode: 404, data: { error: { code: 'not_found', message: '没有' } } })
  })
  return sent
}

// Taro's input answers the way the mini-program's does: the typed value comes in the event's detail.
async function type(text: string): Promise<void> {
  const input = document.querySelector<HTMLElement & { componentOnReady?: () => Promise<unknown> }>('.lookup__input .nut-input-native')
  if (!input) throw new Error(document.body.innerHTML)
  // Taro's web component sets its value once it has loaded: wait for that, as a finger would.
  await act(async () => void (await input.componentOnReady?.()))
  fireEvent(input, new CustomEvent('input', { detail: { value: text } }))
}

async function ask(text: string): Promise<void> {
  await type(text)
  await act(async () => fireEvent.click(screen.getByText('查一查')))
}

describe('查一查', () => {
  beforeEach(() => jest.clearAllMocks())

  it('says as the resident types what it will look for, and shows what the office published about a match, with the calls to make', async () => {
    const sent = serve()
    await act(async () => render(<Lookup />))
    await type('１３８-0013 8000')
    expect(screen.getByText('按号码查：13800138000')).toBeInTheDocument()
    await ask('１３８-0013 8000')
    expect(sent.filter((r) => r.url.endsWith('/api/lookup'))).toEqual([expect.objectContaining({ method: 'POST', data: { q: '１３８-0013 8000' } })])
    expect(screen.getByText('曝光台上查到了 1 条')).toBeInTheDocument()
    expect(screen.getByText(LISTED.name)).toBeInTheDocument()
    expect(screen.getByText('对上的号码：138 0013 8000')).toBeInTheDocument()
    expect(screen.getByText(LISTED.what)).toBeInTheDocument()
    expect(screen.getByText(/请不要交钱、不要转账/)).toBeInTheDocument()
    expect(screen.queryByText(/没有查到不等于安全/)).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('打电话问一问'))
    expect(window.open).toHaveBeenLastCalledWith('tel:022-27391234')
    fireEvent.click(screen.getByText('拨打 110'))
    expect(window.open).toHaveBeenLastCalledWith('tel:110')
    fireEvent.click(screen.getByText('反诈专线 96110'))
    expect(window.open).toHaveBeenLastCalledWith('tel:96110')
  })

  it('never lets "not listed" read as safe: the four signs in one line and a way to 广告体检', async () => {
    serve()
    await act(async () => render(<Lookup />))
    await ask('金光大道养老服务有限公司')
    expect(screen.getByText('曝光台上没有查到“金光大道养老服务有限公司”')).toBeInTheDocument()
    expect(screen.getByText(/^没有查到不等于安全/)).toBeInTheDocument()
    const signs = document.querySelector('.lookup-result__signs')!.textContent!
    for (const s of FOUR_SIGNS) expect(signs).toContain(s.title)
    fireEvent.click(screen.getByText(/去做广告体检/))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: routes.adCheck })
  })

  it('says when a name was too common to look for in part', async () => {
    serve()
    await act(async () => render(<Lookup />))
    await ask('财富管理')
    expect(screen.getByText(/很多公司名称里都有/)).toBeInTheDocument()
  })

  it("asks for something to look up before sending, and shows the server's Chinese refusal", async () => {
    const sent = serve()
    await act(async () => render(<Lookup />))
    await act(async () => fireEvent.click(screen.getByText('查一查')))
    expect(screen.getByRole('alert')).toHaveTextContent('请输入要查的名称、电话、网址或账号。')
    expect(sent.some((r) => r.url.endsWith('/api/lookup'))).toBe(false)
    await ask('？？')
    expect(screen.getByText('没看懂要查什么：名称至少 2 个字，电话至少 4 位数字。')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('没看懂要查什么：请输入名称')
  })
})
