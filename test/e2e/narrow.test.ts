import type { Page } from 'playwright-core'
import { lines } from './browser'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(60000)

/** A small phone in a browser with 大字 on, as a resident holds it: 320 px wide. */
describeInBrowser('H5 in Chromium at 320 px with 大字', () => {
  const lane = browserLane()

  const phone = async (): Promise<Page> => {
    const context = await lane.browser.newContext({ viewport: { width: 320, height: 640 } })
    await context.addInitScript(() => localStorage.setItem('pref:large-type', JSON.stringify({ data: true })))
    return context.newPage()
  }
  it('home: the slogan breaks between its halves, and no line ends in its middle dot', async () => {
    const page = await phone()
    await page.goto(`${lane.base}/#/pages/index/index`)
    const halves = page.locator('#app .home__slogan-half')
    await halves.first().waitFor()
    expect(await halves.allInnerTexts()).toEqual(['守住钱袋子', '远离非法集资'])
    const [first, second] = [(await halves.nth(0).boundingBox())!, (await halves.nth(1).boundingBox())!]
    const box = (await page.locator('#app .home__slogan').boundingBox())!
    if (second.y > first.y) {
      // The second half starts a line: its dot, drawn before it, lies left of the slogan's box, which clips it.
      expect(Math.round(second.x)).toBe(Math.round(box.x))
      expect(await page.locator('#app .home__slogan').evaluate((el) => getComputedStyle(el).overflow)).toBe('hidden')
    }
    expect(await lines(page, '#app .home__slogan-half:first-child')).toBe(1)
    // The call button's number stays on its verb's line: 一键 | 拨打 12345, never 一键拨打 | 12345.
    const call = page.locator('#app .hotline-card__call .keep-words__word').last()
    expect(await call.innerText()).toMatch(/^拨打 \d+/)
    expect(await lines(page, '#app .hotline-card__call .keep-words__word:last-child')).toBe(1)
    await page.context().close()
  })

  it('home: 广告体检 comes right after the call button, by the second screen, and the call stays on the first', async () => {
    const page = await phone()
    await page.goto(`${lane.base}/#/pages/index/index`)
    const check = page.locator('#app .home__check')
    await check.waitFor()
    await page.locator('#app .hotline-card__call').waitFor()
    const call = (await page.locator('#app .hotline-card__call').boundingBox())!
    expect(call.y).toBeLessThan(640 - 60)
    // It was under 110 and 96110, 1,082 px down; now it starts within the second screen, 110 and 96110 after it.
    const entry = (await check.boundingBox())!
    expect(entry.y).toBeLessThan(640 + 160)
    expect(entry.y).toBeLessThan((await page.locator('#app .hotline-card__police').boundingBox())!.y)
    await page.context().close()
  })

  it('举报 starts with the report form, not the hotline card', async () => {
    const page = await phone()
    await page.goto(`${lane.base}/#/pages/report/index`)
    const title = page.locator('.section__title', { hasText: '匿名举报线索' })
    await title.waitFor()
    expect((await title.boundingBox())!.y).toBeLessThan(200)
    // The title and its link break between words only: no 进 | 展 ›.
    expect(await page.locator('.section__more').first().innerText()).toBe('凭回执码查进展 ›')
    expect(await lines(page, '.section__more')).toBe(1)
    // One line tall: under two of its own font size (its words are boxes of their own, so not counted by text rects).
    expect(
      await page
        .locator('.section__title')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).fontSize))
    ).toBe(true)
    // The form's first question is on the first screen; the lines to call come after the form.
    expect((await page.getByText('看起来像哪一种？').first().boundingBox())!.y).toBeLessThan(640)
    await page.locator('.hotline-card').waitFor()
    expect((await page.locator('.hotline-card').boundingBox())!.y).toBeGreaterThan((await page.locator('.report__submit').boundingBox())!.y)
    await page.context().close()
  })
})
