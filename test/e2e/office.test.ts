import type { Page } from 'playwright-core'
import { staffWith } from '../server/helpers'
import { signInAsStaff } from './browser'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(60000)

describeInBrowser('H5 in Chromium: the office publishes', () => {
  const lane = browserLane({ HOTLINE_PHONE: '022-33334444' })
  let page: Page
  let publisher: { authorization: string }

  beforeAll(async () => {
    publisher = await staffWith(lane.app, 'xuanchuan', ['editor', 'publisher'])
    page = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
  })

  it('signs in, writes a draft, previews it, publishes it, and residents see it', async () => {
    await signInAsStaff(page, lane.base, 'xuanchuan')
    await page.getByText('文章管理').waitFor()

    await page.goto(`${lane.base}/#/packages/staff/edit/index?kind=article`)
    await page.locator('.edit__title input').fill('村口新贴的“养老公寓”传单')
    await page.locator('.choices__item', { hasText: '养老投资' }).click()
    await page.locator('.edit__summary textarea').fill('传单上写着预订床位年返一成，这是借养老揽钱。')
    await page.locator('.field', { hasText: '本文教的危险信号' }).locator('.choices__item', { hasText: '借养老名义揽钱' }).click()
    await page.locator('.edit__body textarea').fill('## 传单原话\n> 预订床位，每年返利百分之十\n\n这样的承诺不要信。')
    // The body box is a page tall, not two lines.
    expect((await page.locator('.edit__body textarea').boundingBox())!.height).toBeGreaterThan(200)
    // A red flag is marked by its Chinese label; nobody types a code.
    await page.locator('.flag-marker__input input').fill('每年返利百分之十')
    await page.locator('.flag-marker .choices__item', { hasText: '承诺高额或固定回报' }).click()
    await page.locator('.flag-marker__apply').click()
    await page.locator('.flag-marker__mark', { hasText: '每年返利百分之十' }).getByText('承诺高额或固定回报').waitFor()
    // The box shows the mark by that label too; the article keeps the code (checked once saved).
    expect(await page.locator('.edit__body textarea').inputValue()).toContain('[[每年返利百分之十|承诺高额或固定回报]]')
    await page.locator('.field', { hasText: '本文教的危险信号' }).locator('.choices__item.is-on', { hasText: '承诺高额或固定回报' }).waitFor()
    await page.locator('.edit__save').click()
    await page.waitForURL(/edit\/index\?kind=article&id=/)
    await page.getByText('第 1 版').waitFor()
    const editUrl = page.url()
    const saved = await lane.app.inject({ method: 'GET', url: `/api/admin/articles/${new URL(editUrl.replace('#', '')).searchParams.get('id')}`, headers: publisher })
    expect(saved.json().fields.body).toContain('[[每年返利百分之十|high_return]]')

    await page.locator('.edit__preview').click()
    await page.waitForURL(/preview\/index/)
    await page.getByText('预览：这就是居民将看到的样子').waitFor()
    // The editor stays behind the preview page, its own (hidden) live preview included.
    await page.locator('.reading__title:visible', { hasText: '村口新贴的“养老公寓”传单' }).waitFor()
    await page.locator('.body-text__flag-words:visible', { hasText: '每年返利百分之十' }).waitFor()
    await page.goto(editUrl)
    await page.reload()
    // On a phone the editor is one column: the preview is its own page.
    expect(await page.locator('.edit__live').isVisible()).toBe(false)
    await page.locator('.edit__publish').click()
    // Asked first: residents see it at once.
    await page.locator('.taro__modal').getByText('发布后，居民马上就能看到。').waitFor()
    await page.locator('.taro-model__confirm').click()
    await page.getByText('已发布', { exact: true }).first().waitFor()

    const resident = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await resident.goto(`${lane.base}/#/pages/learn/index`)
    await resident.locator('.content-card', { hasText: '村口新贴的“养老公寓”传单' }).waitFor()
    await resident.close()
  })

  it('lays the office out for a desk screen: the editor beside its live preview, lists as tables, nothing wider than the window', async () => {
    const desk = await lane.browser.newPage({ viewport: { width: 1440, height: 900 } })
    await signInAsStaff(desk, lane.base, 'xuanchuan')
    await desk.goto(`${lane.base}/#/packages/staff/edit/index?kind=article`)
    await desk.locator('.edit__title input').fill('桌面上写的稿子')
    await desk.locator('.edit__body textarea').fill('预订床位，每年返利百分之十。')
    await desk.locator('.edit__live .reading__title', { hasText: '桌面上写的稿子' }).waitFor()
    const form = (await desk.locator('.edit__form').boundingBox())!
    const live = (await desk.locator('.edit__live').boundingBox())!
    expect(live.x).toBeGreaterThanOrEqual(form.x + form.width)
    // Beside it: the preview keeps to the top of the window (sticky) while the form scrolls past, so they overlap in height.
    expect(live.y).toBeLessThan(form.y + form.height)
    expect(live.y + live.height).toBeGreaterThan(form.y)

    await desk.goto(`${lane.base}/#/packages/staff/desk/index?kind=article`)
    const row = desk.locator('.desk__item').first()
    await row.waitFor()
    await desk.locator('.staff__thead').first().getByText('标题').waitFor()
    const title = (await row.locator('.staff__item-title').boundingBox())!
    const details = (await row.locator('.staff__meta').boundingBox())!
    // Title and details side by side on one line, as table cells.
    expect(details.x).toBeGreaterThan(title.x + title.width)
    expect(Math.abs(details.y - title.y)).toBeLessThan(title.height)
    await desk.close()

    for (const [width, height] of [
      [1440, 900],
      [390, 844]
    ]) {
      const view = await lane.browser.newPage({ viewport: { width, height } })
      await signInAsStaff(view, lane.base, 'xuanchuan')
      for (const path of ['desk/index?kind=article', 'edit/index?kind=article', 'edit/index?kind=case', 'campaigns/index', 'exposures/index', 'quiz-bank/index', 'quiz-item/index']) {
        await view.goto(`${lane.base}/#/packages/staff/${path}`)
        await view.locator('.staff-page').first().waitFor()
        await view.waitForTimeout(300)
        const overflow = await view.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect({ width, path, overflow }).toEqual({ width, path, overflow: 0 })
      }
      await view.close()
    }
  })

  it('starts a campaign that home and the village screen show', async () => {
    const article = (await lane.app.inject({ method: 'GET', url: '/api/articles?pageSize=1' })).json().items[0]
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
    const later = new Date(Date.now() + 8 * 3600 * 1000 + 20 * 86400 * 1000).toISOString().slice(0, 10)
    const created = await lane.app.inject({
      method: 'POST',
      url: '/api/admin/campaigns',
      headers: publisher,
      payload: { theme: '守住钱袋子·护好幸福家', startsOn: today, endsOn: later, bannerImageId: null, slogans: ['高息诱惑是陷阱', '投资理财找正规机构'], articleIds: [article.id], caseIds: [] }
    })
    expect(created.statusCode).toBe(200)

    await page.goto(`${lane.base}/#/packages/staff/campaigns/index`)
    // Feedback after each question is off until the office switches it on in the editor.
    expect(created.json().quizFeedback).toBe(false)
    await page.locator('.staff__item', { hasText: '守住钱袋子·护好幸福家' }).locator('.nut-button', { hasText: '修改' }).click()
    // The recommended articles narrow to a word in their titles; the one already picked stays in view.
    const articleChips = page.locator('.field', { hasText: '推荐文章（已选 1 篇）' }).locator('.choices__item')
    await articleChips.first().waitFor()
    const all = await articleChips.count()
    expect(all).toBeGreaterThan(5)
    await page.locator('.campaign__find input').fill('没有哪个标题会有这几个字')
    await page.waitForFunction((n) => document.querySelectorAll('.choices__item.is-on').length >= 1 && document.querySelectorAll('.field .choices__item').length < n, all)
    expect(await articleChips.allTextContents()).toEqual([article.title])
    await page.locator('.campaign__find input').fill('')
    await page.waitForFunction((n) => document.querySelectorAll('.field .choices__item').length >= n, all)
    expect(await articleChips.count()).toBe(all)
    await page.locator('.choices__item', { hasText: '每题答完就告诉对错' }).click()
    await page.locator('.campaign__save').click()
    await page.locator('.campaign__new').waitFor()
    expect((await lane.app.inject({ method: 'GET', url: `/api/admin/campaigns/${created.json().id}`, headers: publisher })).json().quizFeedback).toBe(true)
    await page.locator('.staff__item', { hasText: '守住钱袋子·护好幸福家' }).locator('.campaign__toggle').click()
    await page.locator('.taro-model__confirm', { hasText: '发布' }).click()
    await page.locator('.staff__item', { hasText: '守住钱袋子·护好幸福家' }).getByText('已发布').waitFor()

    const resident = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await resident.goto(`${lane.base}/#/pages/index/index`)
    await resident.locator('.campaign-banner__theme', { hasText: '守住钱袋子·护好幸福家' }).waitFor()
    await resident.getByText('防范非法金融活动宣传月 · 进行中').waitFor()
    await resident.locator('.campaign-banner__count', { hasText: '天结束' }).waitFor()
    await resident.close()

    const screen = await lane.browser.newPage({ viewport: { width: 1280, height: 720 } })
    await screen.goto(`${lane.base}/#/packages/screen/index?interval=0.3`)
    await screen.locator('.village-screen__top', { hasText: '守住钱袋子·护好幸福家' }).waitFor()
    await screen.locator('.village-screen__phone', { hasText: '022-33334444' }).waitFor()
    const seen = new Set<string>()
    for (let i = 0; i < 20 && seen.size < 3; i++) {
      seen.add((await screen.locator('.village-screen__text').innerText()).trim())
      await screen.waitForTimeout(150)
    }
    expect(seen).toEqual(new Set(['高息诱惑是陷阱', '投资理财找正规机构', article.title]))
    await screen.close()
  })

  it('keeps the village screen running without its memory growing', async () => {
    const screen = await lane.browser.newPage({ viewport: { width: 1280, height: 720 } })
    const cdp = await screen.context().newCDPSession(screen)
    await screen.goto(`${lane.base}/#/packages/screen/index?interval=0.2`)
    await screen.locator('.village-screen__text').waitFor()
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    await screen.waitForTimeout(3000) // warm up: the first rotations allocate what every later one reuses
    const before = await heap()
    await screen.waitForTimeout(12000) // about 60 more rotations
    const after = await heap()
    // A leak of even one node or closure per rotation would show as steady growth well past this.
    expect(after - before).toBeLessThan(512 * 1024)
    await screen.close()
  })
})
