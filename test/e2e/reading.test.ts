import type { Browser, Page } from 'playwright-core'
import { startServer, type TestServer } from '../server/helpers'
import { browserLaneReady, launch, WEB_DIR } from './browser'

// A real browser on a shared 2-core machine: give each step room.
jest.setTimeout(30000)

const ready = browserLaneReady()
const describeIf = ready ? describe : describe.skip

describeIf('H5 in Chromium: a resident reads', () => {
  let server: TestServer
  let browser: Browser
  let page: Page
  let base: string

  beforeAll(async () => {
    server = await startServer('sqlite', { WEB_DIR, HOTLINE_PHONE: '022-11112222' })
    base = await server.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await launch()
  })
  // A fresh tab per test: Taro keeps earlier pages of the stack in the DOM.
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  })
  afterEach(async () => page.close())
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const api = async (url: string) => (await server.app.inject({ method: 'GET', url })).json()

  it('sees the hotline on home', async () => {
    await page.goto(`${base}/#/pages/index/index`)
    await page.getByText('一键拨打 022-11112222').waitFor()
    await page.getByText('看清非法集资的四个特征').waitFor()
  })

  it('opens 学习, picks a category and reads an article', async () => {
    await page.goto(`${base}/#/pages/learn/index`)
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
    await page.goto(`${base}/#/pages/learn/index`)
    await page.locator('.learn__chip', { hasText: '养老投资' }).click()
    const input = page.locator('.learn__search input')
    await input.fill('原始股')
    await page.locator('.learn__search-go').click()
    await page.getByText('在全部分类里搜索“原始股”的结果').waitFor()
    const found = (await api(`/api/articles?q=${encodeURIComponent('原始股')}`)).items as { title: string }[]
    expect(found.length).toBeGreaterThan(0)
    await page.getByText(found[0].title).waitFor()
  })
})

async function expectGone(page: Page, text: string): Promise<void> {
  await page.getByText(text).waitFor({ state: 'detached', timeout: 5000 })
}
