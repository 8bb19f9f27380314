import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { TOWN_CODE_PATTERN, type TownEntry, type TownProfile } from '../../src/core/town'
import TownPage from '../../src/packages/staff/town/index'
import { saveSession } from '../../src/services/staff-session'

type Sent = { url: string; method: string; data?: Record<string, unknown>; header?: Record<string, string> }
type Town = TownEntry & TownProfile

const PLAN_UNITS = ['经济办', '派出所']
const xinkou: Town = {
  code: 'xinkou',
  name: '辛口镇',
  hotlinePhone: '022-27391234',
  hotlineHours: '1-5 08:30-17:30',
  hotlineAddress: '辛口镇政府一楼',
  villages: ['辛口村', '木厂村'],
  units: PLAN_UNITS
}
const jingwu: Town = { code: 'jingwu', name: '精武镇', hotlinePhone: '022-27881111', hotlineHours: '', hotlineAddress: '', villages: ['付村'], units: PLAN_UNITS }

const fail = (statusCode: number, code: string, message: string) => Promise.resolve({ statusCode, data: { error: { code, message } } })

/**
 * Plays the server as server/routes/town documents it: the towns in order
 * (the first is the default), each town's profile by `town=`, edits and new
 * towns for a signed-in admin, refused with the server's codes and messages.
 */
function serve(start: Town[]): { sent: Sent[]; towns: Town[] } {
  const towns = start.map((t) => ({ ...t }))
  const sent: Sent[] = []
  const byCode = (code: string | null) => (code === null ? towns[0] : towns.find((t) => t.code === code))
  ;(Taro.request as jest.Mock).mockImplementation((req: Sent) => {
    sent.push(req)
    const url = new URL(req.url, 'http://desk.test')
    const signedIn = req.header?.Authorization === 'Bearer admin-token'
    const route = `${req.method} ${url.pathname}`
    const profileOf = ({ code: _code, ...profile }: Town): TownProfile => profile
    if (route === 'GET /api/towns') return Promise.resolve({ statusCode: 200, data: { items: towns.map(({ code, name }) => ({ code, name })) } })
    if (route === 'GET /api/town') {
      const town = byCode(url.searchParams.get('town'))
      return town ? Promise.resolve({ statusCode: 200, data: profileOf(town) }) : fail(400, 'unknown_town', '没有这个镇（街道），请重新选择您所在的镇（街道）。')
    }
    if (route.includes('/api/admin/') && !signedIn) return fail(401, 'unauthorized', '请先登录。')
    if (route === 'GET /api/admin/tips-retention') return Promise.resolve({ statusCode: 200, data: { days: 365 } })
    if (route === 'PUT /api/admin/town') {
      const town = byCode(url.searchParams.get('town'))
      if (!town) return fail(400, 'unknown_town', '没有这个镇（街道），请重新选择您所在的镇（街道）。')
      const next = req.data as unknown as TownProfile
      if (towns.some((t) => t !== town && t.name === next.name)) return fail(409, 'town_name_taken', `已经有叫“${next.name}”的镇（街道）了。`)
      Object.assign(town, next)
      return Promise.resolve({ statusCode: 200, data: next })
    }
    if (route === 'POST /api/admin/towns') {
      const { code, name } = req.data as { code: string; name: string }
      if (!new RegExp(TOWN_CODE_PATTERN).test(code)) return fail(400, 'invalid_request', '镇（街道）代码只能用小写字母、数字和减号（1 到 32 位），例如 xinkou。')
      if (name.length < 2 || name.length > 30) return fail(400, 'invalid_request', '镇（街道）名称要填写，最多 30 个字。')
      if (code === 'district') return fail(400, 'reserved_code', 'district 是区里的代码，请给镇（街道）另起一个。')
      if (towns.some((t) => t.code === code)) return fail(409, 'town_code_taken', `代码 ${code} 已经有镇（街道）在用了，请换一个。`)
      if (towns.some((t) => t.name === name)) return fail(409, 'town_name_taken', `已经有叫“${name}”的镇（街道）了。`)
      towns.push({ code, name, hotlinePhone: '', hotlineHours: '', hotlineAddress: '', villages: [], units: PLAN_UNITS })
      return Promise.resolve({ statusCode: 201, data: { code, name } })
    }
    return fail(404, 'not_found', '没有这个地址。')
  })
  return { sent, towns }
}

// Taro's input answers the way the mini-program's does: the typed value comes in the event's detail.
async function type(selector: string, value: string): Promise<void> {
  const input = document.querySelector<HTMLElement & { componentOnReady?: () => Promise<unknown> }>(selector)
  if (!input) throw new Error(`${selector} 不在页面上`)
  await act(async () => void (await input.componentOnReady?.()))
  fireEvent(input, new CustomEvent('input', { detail: { value } }))
}

const valueOf = (selector: string) => document.querySelector<HTMLInputElement>(`${selector} .nut-input-native`)?.value
const tap = (text: string | RegExp) => act(async () => void fireEvent.click(screen.getByText(text)))
const puts = (sent: Sent[]) => sent.filter((r) => r.method === 'PUT')
const switcher = () => screen.queryByRole('button', { name: /正在编辑/ })

async function open(): Promise<void> {
  await act(async () => void render(<TownPage />))
}

describe('镇情资料 for the district', () => {
  beforeEach(() => {
    Taro.clearStorageSync()
    ;(Taro.request as jest.Mock).mockReset()
    ;(Taro.showModal as jest.Mock).mockClear()
    saveSession({ token: 'admin-token', username: 'admin', displayName: '管理员', roles: ['admin'] })
  })

  it('with one town, shows its form as before, without a town switcher, and lists the town with its code', async () => {
    const { sent } = serve([xinkou])
    await open()
    expect(switcher()).toBeNull()
    expect(valueOf('.town-profile__phone')).toBe('022-27391234')
    expect(screen.getByText('镇名')).toBeInTheDocument()
    expect(sent.filter((r) => r.url.includes('/api/town?'))).toEqual([expect.objectContaining({ method: 'GET', url: expect.stringContaining('/api/town?town=xinkou') })])
    const list = document.querySelector('.town-page__list') as HTMLElement
    expect(within(list).getByText('辛口镇')).toBeInTheDocument()
    expect(within(list).getByText('代码 xinkou')).toBeInTheDocument()
    expect(screen.getByText(/代码用在分享链接和海报码里，建好后不能改/)).toBeInTheDocument()

    await type('.town-profile__phone .nut-input-native', '022-27390000')
    expect(document.querySelector('.town-profile__save')).toHaveTextContent(/^保存$/)
    await act(async () => void fireEvent.click(document.querySelector('.town-profile__save')!))
    expect(puts(sent)).toEqual([
      expect.objectContaining({ url: expect.stringContaining('/api/admin/town?town=xinkou'), data: expect.objectContaining({ hotlinePhone: '022-27390000', villages: ['辛口村', '木厂村'] }) })
    ])
  })

  it('with two towns, says which one is being edited, loads the one picked, and saves into it', async () => {
    const { sent, towns } = serve([xinkou, jingwu])
    await open()
    expect(switcher()).toHaveTextContent('正在编辑：辛口镇▾')
    expect(valueOf('.town-profile__phone')).toBe('022-27391234')

    await act(async () => void fireEvent.click(switcher()!))
    const options = screen.getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['辛口镇正在编辑', '精武镇jingwu'])
    await act(async () => void fireEvent.click(options[1]))
    expect(switcher()).toHaveTextContent('正在编辑：精武镇')
    expect(screen.queryByRole('option')).toBeNull()
    expect(valueOf('.town-profile__phone')).toBe('022-27881111')
    expect(sent.filter((r) => r.method === 'GET' && r.url.includes('/api/town?')).map((r) => new URL(r.url, 'http://desk.test').search)).toEqual(['?town=xinkou', '?town=jingwu'])

    await type('.town-profile__address .nut-input-native', '精武镇政府二楼')
    await tap('保存精武镇的资料')
    expect(puts(sent)).toHaveLength(1)
    expect(new URL(puts(sent)[0].url, 'http://desk.test').search).toBe('?town=jingwu')
    expect(puts(sent)[0].header?.Authorization).toBe('Bearer admin-token')
    expect(towns.find((t) => t.code === 'jingwu')?.hotlineAddress).toBe('精武镇政府二楼')
    expect(towns.find((t) => t.code === 'xinkou')?.hotlineAddress).toBe('辛口镇政府一楼')

    // The list below leads back too: each other town's row opens its profile.
    const rows = Array.from(document.querySelectorAll<HTMLElement>('.town-page__town'))
    expect(within(rows[1]).getByText('正在上面编辑')).toBeInTheDocument()
    await act(async () => void fireEvent.click(within(rows[0]).getByText('修改资料')))
    expect(switcher()).toHaveTextContent('正在编辑：辛口镇')
    expect(valueOf('.town-profile__address')).toBe('辛口镇政府一楼')
  })

  it('asks before switching away from typing that is not saved, and stays when told to', async () => {
    serve([xinkou, jingwu])
    await open()
    await type('.town-profile__phone .nut-input-native', '022-11112222')
    ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    await act(async () => void fireEvent.click(switcher()!))
    await act(async () => void fireEvent.click(screen.getAllByRole('option')[1]))
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('辛口镇的资料改了还没保存') }))
    expect(switcher()).toHaveTextContent('正在编辑：辛口镇')
    expect(valueOf('.town-profile__phone')).toBe('022-11112222')
  })

  it('creates a town: sends its name and code, shows a refusal under the field, lists it, and offers to fill in its hotline', async () => {
    const { sent } = serve([xinkou])
    await open()
    await type('.new-town__name .nut-input-native', '精武镇')
    // Capitals typed by habit are lowered; the server would refuse them.
    await type('.new-town__code .nut-input-native', 'XinKou')
    expect(valueOf('.new-town__code')).toBe('xinkou')
    await tap('新建')
    expect(sent.filter((r) => r.method === 'POST')).toEqual([expect.objectContaining({ url: expect.stringMatching(/\/api\/admin\/towns$/), data: { name: '精武镇', code: 'xinkou' } })])
    const refusal = screen.getByRole('alert')
    expect(refusal).toHaveTextContent('代码 xinkou 已经有镇（街道）在用了，请换一个。')
    expect(refusal.closest('.field')).toHaveTextContent('代码')
    expect(document.querySelectorAll('.town-page__town')).toHaveLength(1)

    await type('.new-town__name .nut-input-native', '张家窝镇')
    await type('.new-town__code .nut-input-native', 'zhangjiawo')
    await tap('新建')
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.data)).toEqual([
      { name: '精武镇', code: 'xinkou' },
      { name: '张家窝镇', code: 'zhangjiawo' }
    ])
    expect(screen.queryByRole('alert')).toBeNull()
    expect(Array.from(document.querySelectorAll('.town-page__town')).map((row) => row.textContent)).toEqual(['辛口镇代码 xinkou正在上面编辑', '张家窝镇代码 zhangjiawo修改资料'])
    expect(screen.getByRole('status')).toHaveTextContent('已建好张家窝镇（代码 zhangjiawo）')
    expect(valueOf('.new-town__name')).toBe('')
    // Two towns now: the switcher appears, still on the first.
    expect(switcher()).toHaveTextContent('正在编辑：辛口镇')

    await tap('接着填写它的热线和村（社区）')
    expect(switcher()).toHaveTextContent('正在编辑：张家窝镇')
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ scrollTop: 0 }))
    expect(valueOf('.town-profile__phone')).toBe('')
    expect(valueOf('.town-profile__name')).toBe('张家窝镇')
    await type('.town-profile__phone .nut-input-native', '022-27945678')
    await tap('保存张家窝镇的资料')
    expect(new URL(puts(sent)[0].url, 'http://desk.test').search).toBe('?town=zhangjiawo')
  })

  it('shows the server’s word on a bad code under the code, and on a taken name under the name', async () => {
    serve([xinkou])
    await open()
    await type('.new-town__name .nut-input-native', '张家窝镇')
    await type('.new-town__code .nut-input-native', 'zhang jia wo')
    await tap('新建')
    expect(screen.getByRole('alert').closest('.field')).toHaveTextContent(/^代码/)
    expect(screen.getByRole('alert')).toHaveTextContent('只能用小写字母、数字和减号')

    await type('.new-town__name .nut-input-native', '辛口镇')
    await type('.new-town__code .nut-input-native', 'xinkou-2')
    await tap('新建')
    expect(screen.getByRole('alert')).toHaveTextContent('已经有叫“辛口镇”的镇（街道）了。')
    expect(screen.getByRole('alert').closest('.field')).toHaveTextContent(/^名称/)
  })
})
