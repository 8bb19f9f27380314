import { staffWith } from '../server/helpers'
import { browserLane, describeInBrowser } from './lane'
import { readPicture, rowsTouchingTheSides } from './picture'

jest.setTimeout(60000)

describeInBrowser('H5 in Chromium: the quiz', () => {
  const lane = browserLane()

  beforeAll(async () => {
    const publisher = await staffWith(lane.app, 'quiz_month', ['publisher'])
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
    const later = new Date(Date.now() + 8 * 3600 * 1000 + 10 * 86400 * 1000).toISOString().slice(0, 10)
    const created = await lane.app.inject({
      method: 'POST',
      url: '/api/admin/campaigns',
      headers: publisher,
      payload: { theme: '防骗答题月', startsOn: today, endsOn: later, bannerImageId: null, slogans: ['守住钱袋子'], articleIds: [], caseIds: [] }
    })
    await lane.app.inject({ method: 'POST', url: `/api/admin/campaigns/${created.json().id}/publish`, headers: publisher })
  })

  it('takes a round, sees each explanation, and moves the village board', async () => {
    const page = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${lane.base}/#/pages/quiz/index`)
    await page.locator('.choices__item', { hasText: '老年人' }).click()
    await page.locator('.quiz__village input').fill('辛口村')
    await page.locator('.quiz__start').click()
    for (let i = 0; i < 5; i++) {
      await page.getByText(`第 ${i + 1} / 5 题`).waitFor()
      await page.locator('.question-card__option').first().click()
      await page.locator(i < 4 ? '.quiz__next' : '.quiz__submit').click()
    }
    await page.locator('.quiz__score-number').waitFor()
    const score = Number(await page.locator('.quiz__score-number').innerText())
    expect(score).toBeGreaterThanOrEqual(0)
    expect(score).toBeLessThanOrEqual(100)
    expect(await page.locator('.round-review__explain').count()).toBe(5)
    // A finished round counts as a day learned, on this phone.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('learning:streak') ?? 'null')?.data?.days)).toBe(1)

    await page.locator('.quiz__board').click()
    await page.waitForURL(/packages\/quiz\/board/)
    await page.locator('.board__total').getByText('1 人参加').waitFor()
    await page.locator('.board__total').getByText(`平均得分 ${score} 分`).waitFor()
    // A name a resident typed is never shown by itself; the village gets its row once the office lists it.
    await page.getByText('等镇里录入村名单后显示').waitFor()
    expect(await page.locator('.board__row').count()).toBe(0)
    const admin = await staffWith(lane.app, 'quiz_villages', ['admin'])
    const town = (await lane.app.inject({ method: 'GET', url: '/api/town' })).json()
    expect((await lane.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: { ...town, villages: ['辛口村', '大沙窝村'] } })).statusCode).toBe(200)
    await page.reload()
    await page.locator('.board__row', { hasText: '辛口村' }).getByText('1 人参加').waitFor()
    await page.locator('.board__row', { hasText: '辛口村' }).getByText(`平均得分 ${score} 分`).waitFor()
    expect((await lane.app.inject({ method: 'PUT', url: '/api/admin/town', headers: admin, payload: town })).statusCode).toBe(200)
  })

  it('sees the red-flag words of an advert highlighted in the results, and saves the score as a picture', async () => {
    const page = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${lane.base}/#/pages/quiz/index`)
    await page.locator('.choices__item', { hasText: '上班族' }).click()
    await page.locator('.quiz__start').click()
    // A round is drawn at random and may hold only quiz questions with no advert or honest adverts; a few rounds always meet a marked one.
    let marks = 0
    for (let round = 0; round < 5 && marks === 0; round++) {
      if (round > 0) await page.locator('.quiz__again').click()
      for (let i = 0; i < 5; i++) {
        await page.getByText(`第 ${i + 1} / 5 题`).waitFor()
        await page.locator('.question-card__option').first().click()
        await page.locator(i < 4 ? '.quiz__next' : '.quiz__submit').click()
      }
      await page.locator('.quiz__score-number').waitFor()
      marks = await page.locator('.round-review .body-text__flag-words').count()
    }
    expect(marks).toBeGreaterThan(0)
    const mark = page.locator('.round-review .body-text__flag').first()
    await mark.scrollIntoViewIfNeeded()
    expect(await mark.locator('.body-text__flag-words').isVisible()).toBe(true)
    expect(await mark.locator('.body-text__flag-label').innerText()).toMatch(/^⚑\S+/)
    expect(await page.locator('.round-review').first().innerText()).not.toContain('[[')

    const download = page.waitForEvent('download')
    await page.locator('.quiz__save').click()
    expect((await download).suggestedFilename()).toBe('答题成绩.png')
    // Read back: a portrait card, and nothing but the backgrounds reaches within 30 px of either side.
    const picture = await readPicture(String(await (await download).path()))
    expect(picture.height).toBeGreaterThan(picture.width)
    expect(rowsTouchingTheSides(picture, 30)).toEqual([])
  })
})
