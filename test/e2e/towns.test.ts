import { ADMIN_PASSWORD, aTip, beijingDayFromToday, proofOfWork, publishCampaign, signIn, staffWith } from '../server/helpers'
import { signInAsStaff } from './browser'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(60000)

describeInBrowser('H5 in Chromium: the district adds a town', () => {
  const lane = browserLane({ HOTLINE_PHONE: '022-33334444' })

  beforeAll(async () => {
    await staffWith(lane.app, 'quban', ['admin'])
  })

  const hotline = async (town: string) => (await (await fetch(`${lane.base}/api/hotline?town=${town}`)).json()) as { phone: string | null; address: string }

  it('creates 张家窝镇, fills in its hotline, and residents of that town see it while 辛口镇 keeps its own', async () => {
    const page = await lane.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signInAsStaff(page, lane.base, 'quban')
    await page.goto(`${lane.base}/#/packages/staff/town/index`)
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
    expect((await (await fetch(`${lane.base}/api/hotline`)).json()).phone).toBe('022-33334444')

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
    const admin = await signIn(lane.app, 'admin', ADMIN_PASSWORD)
    expect((await lane.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'jingwu', name: '精武镇' } })).statusCode).toBe(201)
    await staffWith(lane.app, 'qushouli', ['tip_handler'])
    const file = async (town: string, organisation: string) =>
      (await lane.app.inject({ method: 'POST', url: `/api/tips?town=${town}`, payload: { ...aTip({ organisation }), pow: await proofOfWork(lane.app) } })).statusCode
    expect(await file('jingwu', '精武某养老公寓')).toBe(201)
    expect(await file('xinkou', '辛口某合作社')).toBe(201)

    const page = await lane.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signInAsStaff(page, lane.base, 'qushouli')
    await page.goto(`${lane.base}/#/packages/staff/tips/index`)
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
    const moved = await lane.app.db.selectFrom('tips').select(['town', 'key_town']).where('town', 'is not', null).execute()
    expect(moved.map((t) => t.town).sort()).toEqual(['xinkou', 'xinkou'])
    await page.close()
  })

  it("shows a resident of one town that town's hotline and campaign from a shared link, and the first town's stay the same for everyone else", async () => {
    const admin = await signIn(lane.app, 'admin', ADMIN_PASSWORD)
    expect((await lane.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'dasi', name: '大寺镇' } })).statusCode).toBe(201)
    const profile: object = (await lane.app.inject({ method: 'GET', url: '/api/town?town=dasi' })).json()
    expect((await lane.app.inject({ method: 'PUT', url: '/api/admin/town?town=dasi', headers: admin, payload: { ...profile, hotlinePhone: '022-27981234' } })).statusCode).toBe(200)
    // The district runs its month for every town; 大寺镇's own publisher runs a week of its own inside it.
    const dates = { startsOn: beijingDayFromToday(-1), endsOn: beijingDayFromToday(20) }
    await publishCampaign(lane.app, { ...dates, theme: '全区防非宣传月' })
    const account = { username: 'dasi_pub', displayName: '大寺发布员', roles: ['publisher'], password: 'dasi_pub-password-1', town: 'dasi' }
    expect((await lane.app.inject({ method: 'POST', url: '/api/admin/users', headers: admin, payload: account })).statusCode).toBe(200)
    const dasiPublisher = await signIn(lane.app, 'dasi_pub', 'dasi_pub-password-1')
    const week = { ...dates, theme: '大寺镇守住养老钱', bannerImageId: null, slogans: ['养老钱不投“高息”'], articleIds: [], caseIds: [] }
    const made = await lane.app.inject({ method: 'POST', url: '/api/admin/campaigns', headers: dasiPublisher, payload: week })
    expect(made.statusCode).toBe(200)
    expect((await lane.app.inject({ method: 'POST', url: `/api/admin/campaigns/${made.json().id}/publish`, headers: dasiPublisher })).statusCode).toBe(200)

    const dasi = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await dasi.goto(`${lane.base}/?town=dasi#/pages/index/index`)
    await dasi.locator('.hotline-card__call', { hasText: '022-27981234' }).waitFor()
    await dasi.locator('.campaign-banner__theme', { hasText: '大寺镇守住养老钱' }).waitFor()
    // The village screen its office opens (打开村屏模式 names the town) shows that town's campaign and number, whoever's browser it is.
    const screen = await lane.browser.newPage({ viewport: { width: 1280, height: 720 } })
    await screen.goto(`${lane.base}/#/packages/screen/index?interval=0.3&town=dasi`)
    await screen.locator('.village-screen__phone', { hasText: '022-27981234' }).waitFor()
    await screen.locator('.village-screen__top', { hasText: '大寺镇守住养老钱' }).waitFor()
    await screen.close()
    // Remembered: the next visit without the link is still 大寺镇's, and asks nothing.
    await dasi.goto(`${lane.base}/#/pages/index/index`)
    await dasi.locator('.hotline-card__call', { hasText: '022-27981234' }).waitFor()
    expect(await dasi.locator('.town-question').count()).toBe(0)

    const elsewhere = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await elsewhere.goto(`${lane.base}/#/pages/index/index`)
    await elsewhere.locator('.town-question').waitFor()
    await elsewhere.locator('.hotline-card__call', { hasText: '022-33334444' }).waitFor()
    await elsewhere.locator('.campaign-banner__theme', { hasText: '全区防非宣传月' }).waitFor()
    expect(await elsewhere.locator('.campaign-banner__theme', { hasText: '大寺镇' }).count()).toBe(0)
    await elsewhere.locator('.town-question__skip').click()
    await elsewhere.locator('.town-question').waitFor({ state: 'detached' })
    await elsewhere.locator('.hotline-card__call', { hasText: '022-33334444' }).waitFor()
    await dasi.close()
    await elsewhere.close()
  })

  it("lets the district's admin make a town's own admin, who then sees that town alone", async () => {
    const admin = await signIn(lane.app, 'admin', ADMIN_PASSWORD)
    expect((await lane.app.inject({ method: 'POST', url: '/api/admin/towns', headers: admin, payload: { code: 'wangwenzhuang', name: '王稳庄镇' } })).statusCode).toBe(201)
    const page = await lane.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signInAsStaff(page, lane.base, 'quban')
    await page.goto(`${lane.base}/#/packages/staff/users/index`)
    await page.locator('.nut-button', { hasText: '新建账号' }).click()
    // Taro keeps the pages shown before (the sign-in page, with its own 用户名) in the document, hidden: the page showing is the last.
    const field = (label: string) =>
      page
        .locator('.field')
        .filter({ has: page.locator('.field__label', { hasText: new RegExp(`^${label}$`) }) })
        .last()
    await field('用户名').locator('input').fill('wwz_admin')
    await field('姓名').locator('input').fill('王稳庄管理员')
    await field('属于').locator('.choices__item', { hasText: '王稳庄镇' }).click()
    // A town's account may hold every role: its office writes and publishes its own content too.
    expect(await field('角色').locator('.choices__item').count()).toBe(4)
    await field('角色').locator('.choices__item', { hasText: '管理员' }).click()
    await field('初始密码').locator('input').fill('wwz_admin-password-123')
    await page
      .locator('.nut-button')
      .filter({ hasText: /^新建$/ })
      .click()
    await page.locator('.staff__item', { hasText: 'wwz_admin' }).getByText('王稳庄镇', { exact: false }).waitFor()
    await page.close()

    const town = await lane.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await signInAsStaff(town, lane.base, 'wwz_admin')
    await town.goto(`${lane.base}/#/packages/staff/town/index`)
    await town.locator('.town-profile__save', { hasText: '保存' }).waitFor()
    await town.waitForFunction(() => (document.querySelector('.town-profile__name input') as HTMLInputElement | null)?.value === '王稳庄镇')
    expect(await town.getByText('新建镇（街道）').count()).toBe(0)
    expect(await town.getByText('正在编辑：').count()).toBe(0)
    await town.goto(`${lane.base}/#/packages/staff/users/index`)
    await town.locator('.staff__item', { hasText: 'wwz_admin' }).waitFor()
    expect(await town.locator('.staff__item', { hasText: 'quban' }).count()).toBe(0)
    await town.close()
  })
})
