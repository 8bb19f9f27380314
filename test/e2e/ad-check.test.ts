import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(60000)

describeInBrowser('H5 in Chromium: 广告体检', () => {
  const lane = browserLane()

  it('pastes an advert, shows its red flags highlighted, and carries it into the tip form', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: lane.base })
    const page = await context.newPage()
    const advert = '【某某财富】养老项目保 本 保 息，年化１８％，推荐一人奖励500元，名额有限！'
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.locator('.home__check').click()
    await page.waitForURL(/packages\/check/)
    await page.evaluate((t) => navigator.clipboard.writeText(t), advert)
    await page.locator('.ad-check__paste').click()
    await page.waitForFunction(() => (document.querySelector('.ad-check__input textarea') as HTMLTextAreaElement | null)?.value.length ?? 0 > 0)
    expect(await page.locator('.ad-check__input textarea').inputValue()).toBe(advert)
    await page.locator('.ad-check__run').click()
    await page.getByText('高风险').waitFor()
    const marks = await page.locator('.check-result__mark-words').allInnerTexts()
    expect(marks).toEqual(expect.arrayContaining(['保 本 保 息', '年化１８％', '推荐一人']))
    await page.getByText('⚑ 承诺保本、无风险').waitFor()

    await page.locator('.ad-check__report').click()
    await page.waitForURL(/pages\/report/)
    await page.waitForFunction((t) => (document.querySelector('.report__what textarea') as HTMLTextAreaElement | null)?.value.includes(t), advert)
    await context.close()
  })
})
