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

  it('a tab tapped with no signal says so, and opens once the signal is back', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.getByText('一键拨打 022-33334444').waitFor()
    await context.setOffline(true)
    await page.locator('.taro-tabbar__tabbar').getByText('学习', { exact: true }).click()
    await page.getByText('网络不好，这一页没能打开。请连上网再点一次。').waitFor()
    await context.setOffline(false)
    await page.locator('.taro-tabbar__tabbar').getByText('学习', { exact: true }).click()
    await page.locator('.learn__search').waitFor()
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
