import type { Browser } from 'playwright-core'
import { ADMIN_PASSWORD, aTip, proofOfWork, signIn, startServer, staffWith, type TestServer } from '../server/helpers'
import { browserLaneReady, launch, signInAsStaff, WEB_DIR } from './browser'

jest.setTimeout(60000)

const ready = browserLaneReady()
const describeIf = ready ? describe : describe.skip

describeIf('H5 in Chromium: the district adds a town', () => {
  let server: TestServer
  let browser: Browser
  let base: string

  beforeAll(async () => {
    server = await startServer('sqlite', { WEB_DIR, HOTLINE_PHONE: '022-33334444' })
    await staffWith(server.app, 'quban', ['admin'])
    base = await server.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const hotline = async (town: string) => (await (await fetch(`${base}/api/hotline?town=${town}`)).json()) as { phone: string | null; address: string }

  it('creates 张家窝镇, fills in its hotline, and residents of that town see it while 辛口镇 keeps its own', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signInAsStaff(page, base, 'quban')
    await page.goto(`${base}/#/packages/staff/town/index`)
    await page.locator('.town-page__town', { hasText: '辛口镇' }).waitFor()
    // One town: no switcher yet.
    expect(await page.getByText('正在编辑：').count()).toBe(0)

    await page.locator('.new-town__name input').fill('张家窝镇')
    await page.locator('.new-town__code input').fill('zhangjiawo')
    await page.locator('.new-town__submit').click()
    await page.locator('.town-page__town', { hasText: 'zhangjiawo' }).waitFor()
    await page.locator('.new-town__edit').click()
    await page.locator('.town-switcher__name', { hasText: '张家窝镇' }).waitFor()
    await page.locator('.town-profile__save', { hasText: '保存张家窝镇的资料' }).waitFor()
    expect(await page.locator('.town-profile__phone input').inputValue()).toBe('')

    await page.locator('.town-profile__phone input').fill('022-27945678')
    await page.locator('.town-profile__address input').fill('张家窝镇政府一楼')
    await page.locator('.town-profile__save', { hasText: '保存张家窝镇的资料' }).click()
    await page.getByText('已保存，各页面即时生效').waitFor()

    expect(await hotline('zhangjiawo')).toMatchObject({ phone: '022-27945678', address: '张家窝镇政府一楼' })
    expect((await hotline('xinkou')).phone).toBe('022-33334444')
    expect((await (await fetch(`${base}/api/hotline`)).json()).phone).toBe('022-33334444')

    // Switching back shows the first town's own facts, untouched.
    await page.locator('.town-switcher__face').click()
    await page.getByRole('option', { name: /辛口镇/ }).click()
    await page.locator('.town-switcher__name', { hasText: '辛口镇' }).waitFor()
    await page.locator('.town-profile__save', { hasText: '保存辛口镇的资料' }).waitFor()
    expect(await page.locator('.town-profile__phone input').inputValue()).toBe('022-33334444')

    // Nothing wider than the window on a desk or a phone.
    for (const [width, height] of [
      [1280, 800],
      [390, 844]
    ]) {
      await page.setViewportSize({ width, height })
      await page.waitForTimeout(200)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect({ width, overflow }).toEqual({ width, overflow: 0 })
    }
    await page.close()
  })

  it("lets a district handler pick a town's cases on the desk and transfer one to the town that should handle it", async () => {
    const admin = await signIn(server.app, 'admin', ADMIN_PASSWORD)
    expect((await server.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'jingwu', name: '精武镇' } })).statusCode).toBe(201)
    await staffWith(server.app, 'qushouli', ['tip_handler'])
    const file = async (town: string, organisation: string) =>
      (await server.app.inject({ method: 'POST', url: `/api/tips?town=${town}`, payload: { ...aTip({ organisation }), pow: await proofOfWork(server.app) } })).statusCode
    expect(await file('jingwu', '精武某养老公寓')).toBe(201)
    expect(await file('xinkou', '辛口某合作社')).toBe(201)

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signInAsStaff(page, base, 'qushouli')
    await page.goto(`${base}/#/packages/staff/tips/index`)
    const item = (name: string) => page.locator('.tip-desk__item', { hasText: name })
    await item('辛口某合作社').waitFor()
    await item('精武某养老公寓').locator('.tip-desk__office', { hasText: '精武镇' }).waitFor()
    await page.locator('.choices__item', { hasText: '精武镇' }).first().click()
    await item('辛口某合作社').waitFor({ state: 'detached' })
    await item('精武某养老公寓').click()

    await page.getByText('转给其他镇（街道）').waitFor()
    await page.locator('.staff__card', { hasText: '转给其他镇（街道）' }).locator('.choices__item', { hasText: '辛口镇' }).click()
    await page.locator('.tip__transfer', { hasText: '转给辛口镇' }).click()
    await page.getByText('精武镇的处理员以后打不开它', { exact: false }).waitFor()
    await page.locator('.taro-model__confirm').click()
    await page.getByText('已转过去').waitFor()
    await page.locator('.staff__meta', { hasText: '辛口镇' }).first().waitFor()
    const moved = await server.app.db.selectFrom('tips').select(['town', 'key_town']).where('town', 'is not', null).execute()
    expect(moved.map((t) => t.town).sort()).toEqual(['xinkou', 'xinkou'])
    await page.close()
  })
})
