import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(60000)

describeInBrowser('H5 in Chromium: a first visit on a poor line', () => {
  const lane = browserLane({ HOTLINE_PHONE: '022-33334444' })

  it('shows the hotline and the four signs while the API has not answered', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    // Every API request hangs: what shows must have come with the page itself.
    await page.route('**/api/**', () => undefined)
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.getByText('一键拨打 022-33334444').waitFor()
    await page.getByText('看清非法集资的四个特征').waitFor()
    await context.close()
  })

  it("paints the hotline and the four signs at 390x844 before any of the app's scripts has come, a tel: link to call", async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    // No script of the app ever arrives: what shows is the page alone.
    await page.route('**/*.js', (route) => route.abort())
    await page.goto(`${lane.base}/#/pages/index/index`)
    const call = page.locator('#first-paint .first-paint__call')
    expect(await call.getAttribute('href')).toBe('tel:02233334444')
    expect(await call.textContent()).toBe('一键拨打 022-33334444')
    const box = await call.boundingBox()
    // On the first screen, a thumb's size, with nothing running off the side.
    expect(box && box.y + box.height <= 844 && box.height >= 48).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await page.locator('#first-paint').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(17)
    await expect(page.locator('#first-paint a[href="tel:110"]').isVisible()).resolves.toBe(true)
    await page.getByText('看清非法集资的四个特征').waitFor()
    expect(await page.locator('#app').innerHTML()).toBe('')
    await context.close()
  })

  it("hands over to the app's own home, which says the same and leaves one home on the page", async () => {
    const words = async (blockScripts: boolean, selector: string) => {
      const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      if (blockScripts) await page.route('**/*.js', (route) => route.abort())
      await page.goto(`${lane.base}/#/pages/index/index`)
      await page.locator(selector).first().waitFor()
      const text = (await page.locator(selector).first().innerText()).replace(/\s+/g, '')
      const copies = await page.locator('#first-paint').count()
      await context.close()
      return { text, copies }
    }
    const early = await words(true, '#first-paint .first-paint__card')
    const app = await words(false, '#app .hotline-card')
    expect(early.text).toContain('一键拨打022-33334444')
    expect(app.text).toBe(early.text)
    expect(app.copies).toBe(0)
  })

  it("shows home's copy on no other page, and not a town's number to a resident of another town", async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.route('**/*.js', (route) => route.abort())
    for (const route of ['/#/packages/check/index', '/#/packages/staff/desk/index', '/#/pages/learn/index']) {
      await page.goto(`${lane.base}${route}`)
      expect([route, await page.locator('#first-paint').isVisible()]).toEqual([route, false])
    }
    // A first visit by a link to this town: its number shows, as the app's card will show it.
    const [{ code }] = (await lane.app.inject({ method: 'GET', url: '/api/towns' })).json().items as { code: string }[]
    await page.goto(`${lane.base}/?town=${code}#/pages/index/index`)
    await expect(page.locator('#first-paint .first-paint__call').isVisible()).resolves.toBe(true)
    // As the app keeps a choice of town (Taro storage: {"data": ...}).
    await page.evaluate(() => localStorage.setItem('town:choice', JSON.stringify({ data: { town: 'yangliuqing' } })))
    await page.goto(`${lane.base}/#/pages/index/index`)
    // Moving within the page is no new visit: load it afresh, as a resident coming back would.
    await page.reload()
    await expect(page.locator('#first-paint a[href="tel:110"]').isVisible()).resolves.toBe(true)
    await expect(page.locator('#first-paint .first-paint__call').isVisible()).resolves.toBe(false)
    await context.close()
  })

  it('a tab tapped with no signal says so, and opens once the signal is back', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    const refused: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('Content Security Policy')) refused.push(m.text())
    })
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.getByText('一键拨打 022-33334444').waitFor()
    await context.setOffline(true)
    await page.locator('.taro-tabbar__tabbar').getByText('学习', { exact: true }).click()
    await page.getByText('网络不好，这一页没能打开。请连上网再点一次。').waitFor()
    // The tab on screen is the one lit, and the address says so too.
    await expect(page.locator('.taro-tabbar__tabbar .weui-bar__item_on').innerText()).resolves.toBe('首页')
    expect(page.url()).toMatch(/#\/pages\/index\/index/)
    await context.setOffline(false)
    await page.locator('.taro-tabbar__tabbar').getByText('学习', { exact: true }).click()
    await page.locator('.learn__search').waitFor()
    // The tab bar's links run no script the page's policy refuses.
    expect(refused).toEqual([])
    await context.close()
  })
  it('a page load asks for nothing the server does not have, and names a tab icon it has', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    const missing: string[] = []
    page.on('response', (res) => {
      if (res.status() >= 400) missing.push(`${res.status()} ${new URL(res.url()).pathname}`)
    })
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.getByText('看清非法集资的四个特征').waitFor()
    await page.waitForLoadState('networkidle')
    expect(missing).toEqual([])
    // Headless Chromium fetches no tab icon, so ask for it as a browser with a tab bar would: the page's icon, and the default place.
    const named = await page.locator('link[rel="icon"]').getAttribute('href')
    for (const href of [named ?? '(none)', '/favicon.ico']) {
      const icon = await page.request.get(new URL(href, lane.base).toString())
      expect([href, icon.status()]).toEqual([href, 200])
      expect(icon.headers()['content-type']).toMatch(/^image\//)
    }
    await context.close()
  })
})
