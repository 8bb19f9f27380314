import type { Page } from 'playwright-core'
import { browserLane, describeInBrowser } from './lane'

// A real browser on a shared 2-core machine: give each step room.
jest.setTimeout(30000)

describeInBrowser('H5 in Chromium: a resident reads', () => {
  const lane = browserLane({ HOTLINE_PHONE: '022-11112222' })
  let page: Page

  // A fresh tab per test: Taro keeps earlier pages of the stack in the DOM.
  beforeEach(async () => {
    page = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
  })
  afterEach(async () => page.close())

  const api = async (url: string) => (await lane.app.inject({ method: 'GET', url })).json()

  it('sees the hotline on home', async () => {
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.getByText('一键拨打 022-11112222').waitFor()
    await page.getByText('看清非法集资的四个特征').waitFor()
  })

  it('opens 学习, picks a category and reads an article', async () => {
    await page.goto(`${lane.base}/#/pages/learn/index`)
    await page.locator('.learn__chip', { hasText: '养老投资' }).click()
    const pension = (await api('/api/articles?category=pension&pageSize=10')).items as { id: string; title: string }[]
    const crypto = (await api('/api/articles?category=crypto&pageSize=10')).items as { title: string }[]
    await page.getByText(pension[0].title).waitFor()
    await expectGone(page, crypto[0].title)

    await page.locator('.content-card', { hasText: pension[0].title }).click()
    await page.waitForURL(/packages\/reading\/article/)
    const article = await api(`/api/articles/${pension[0].id}`)
    await page.locator('.reading__title', { hasText: article.title }).waitFor()
    if (article.redFlags.length > 0) await page.locator('.body-text__flag-words').first().waitFor()
  })

  it('finds articles by keyword in every category, whichever category was picked before', async () => {
    await page.goto(`${lane.base}/#/pages/learn/index`)
    await page.locator('.learn__chip', { hasText: '养老投资' }).click()
    const input = page.locator('.learn__search input')
    await input.fill('原始股')
    await page.locator('.learn__search-go').click()
    await page.getByText('在全部分类里搜索“原始股”的结果').waitFor()
    const found = (await api(`/api/articles?q=${encodeURIComponent('原始股')}`)).items as { title: string }[]
    expect(found.length).toBeGreaterThan(0)
    await page.getByText(found[0].title).waitFor()
  })

  it('counts the days learned in a row on 我的, from what is kept on the phone only', async () => {
    // Noon in Beijing on a fixed day: the phone's clock decides the day, so a run near midnight cannot flake.
    await page.clock.setFixedTime(new Date('2026-06-16T12:00:00+08:00'))
    const sent: string[] = []
    page.on('request', (req) => sent.push(`${req.url()} ${req.postData() ?? ''}`))
    await page.goto(`${lane.base}/#/pages/mine/index`)
    await page.getByText('今天读一篇文章、看一个案例或答完一轮题，就开始记连续学习的天数。').waitFor()
    // Learned the two days before, as this phone remembers it.
    await page.evaluate(() => localStorage.setItem('learning:streak', JSON.stringify({ data: { last: '2026-06-15', days: 2 } })))
    await page.goto('about:blank')
    await page.goto(`${lane.base}/#/pages/mine/index`)
    await page.getByText('已连续学习 2 天').waitFor()

    const { items } = await api('/api/articles?pageSize=1')
    await page.goto('about:blank')
    await page.goto(`${lane.base}/#/packages/reading/article/index?id=${items[0].id}`)
    await page.locator('.reading__title').waitFor()
    await page.goto('about:blank')
    await page.goto(`${lane.base}/#/pages/mine/index`)
    await page.getByText('已连续学习 3 天').waitFor()
    expect(sent.filter((s) => /streak|learning:|"days"/.test(s))).toEqual([])
  })
})

async function expectGone(page: Page, text: string): Promise<void> {
  await page.getByText(text).waitFor({ state: 'detached', timeout: 5000 })
}
