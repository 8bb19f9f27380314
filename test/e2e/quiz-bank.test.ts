import type { Page } from 'playwright-core'
import { staffWith } from '../server/helpers'
import { signInAsStaff } from './browser'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(60000)

describeInBrowser('H5 in Chromium: the office writes a quiz item', () => {
  const lane = browserLane({ QUIZ_RATE_LIMIT: '100000' })
  let page: Page
  let office: { authorization: string }

  beforeAll(async () => {
    office = await staffWith(lane.app, 'tiku', ['editor', 'publisher'])
    page = await lane.browser.newPage({ viewport: { width: 1280, height: 800 } })
  })

  it('writes an item, sees it as residents will, saves, submits and publishes it into the rounds', async () => {
    await signInAsStaff(page, lane.base, 'tiku')

    await page.goto(`${lane.base}/#/packages/staff/quiz-bank/index`)
    await page.locator('.quiz-bank__new').click()
    await page.waitForURL(/quiz-item\/index/)
    // A judge item's stock 是/不是 are no choices for a single-choice item: switching gives blank options, and back again the stock pair.
    const options = page.locator('.quiz-item__option-text input')
    await page.locator('.choices__item', { hasText: '单选' }).click()
    await options.nth(2).waitFor()
    expect(await options.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['', '', ''])
    await page.locator('.choices__item', { hasText: '判断' }).click()
    expect(await options.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(['是，是非法集资广告', '不是，是正常的宣传'])
    await page.locator('.choices__item', { hasText: '养老投资' }).click()
    await page.locator('.quiz-item__prompt textarea').fill('这张床位认购单是不是非法集资广告？')
    await page.locator('.quiz-item__advert textarea').fill('认购养老床位，[[每月返还一千元|high_return]]，三年到期全退。')
    await page.locator('.quiz-item__explanation textarea').fill('每月固定返还，是许诺高额回报，借养老名义向大家揽钱。')

    // The editor applies the server's rules while typing: the marked flag must be chosen.
    await page.getByText('还要改：广告原文里标出了“承诺高额或固定回报”，但本题的红旗里没有选它。').waitFor()
    // In the item's own flag list (the marker below the advert has chips with the same labels).
    const flagList = page.locator('.field', { has: page.locator('.field__label', { hasText: '本题教的危险信号' }) })
    await flagList.locator('.choices__item', { hasText: '承诺高额或固定回报' }).click()
    await page.locator('.quiz-item__todo').waitFor({ state: 'detached' })

    // The preview is the resident's card: the advert without the office's marks.
    const advert = page.locator('.quiz-item__preview .question-card__advert-text')
    await advert.filter({ hasText: '认购养老床位，每月返还一千元，三年到期全退。' }).waitFor()
    expect(await advert.textContent()).not.toContain('[[')
    await page.locator('.quiz-item__preview .choices__item', { hasText: '交卷后' }).click()
    await page.locator('.quiz-item__preview .body-text__flag-words', { hasText: '每月返还一千元' }).waitFor()

    await page.locator('.edit__save').click()
    await page.waitForURL(/quiz-item\/index\?id=/)
    await page.getByText('第 1 版').waitFor()
    const id = decodeURIComponent(new URL(page.url().replace('#', '')).searchParams.get('id') ?? '')

    await page.locator('.edit__submit').click()
    await page.locator('.staff__status', { hasText: '待审核' }).waitFor()
    await page.locator('.edit__publish').click()
    await page.locator('.taro__modal').getByText('发布后，居民马上就能看到。').waitFor()
    await page.locator('.taro-model__confirm', { hasText: '发布' }).click()
    await page.locator('.staff__status', { hasText: '已发布' }).waitFor()
    await page.getByText('已发布的题目不能直接修改').waitFor()

    expect((await lane.app.inject({ method: 'GET', url: `/api/admin/quiz/items/${id}`, headers: office })).json().status).toBe('published')
    const drawn = new Set<string>()
    for (let i = 0; i < 150 && !drawn.has(id); i++) {
      const res = await lane.app.inject({ method: 'POST', url: '/api/quiz/rounds', payload: {} })
      // A refused draw (this failed once in CI, unexplained) shows its answer rather than a missing field.
      expect({ status: res.statusCode, body: res.statusCode === 200 ? '' : res.body }).toEqual({ status: 200, body: '' })
      res.json().questions.forEach((q: { id: string }) => drawn.add(q.id))
    }
    expect(drawn.has(id)).toBe(true)

    await page.goto(`${lane.base}/#/packages/staff/quiz-bank/index`)
    await page.locator('.choices__item', { hasText: '已发布' }).click()
    await page.locator('.quiz-bank__open', { hasText: '这张床位认购单是不是非法集资广告？' }).click()
    await page.waitForURL(/quiz-item\/index\?id=/)

    // Withdrawing takes it out of the rounds at once, so it is asked first: 再看看 leaves it published.
    await page.locator('.edit__withdraw').click()
    await page.locator('.taro__modal').getByText('撤下后，居民马上就看不到了。以后还可以再发布。').waitFor()
    await page.locator('.taro-model__cancel', { hasText: '再看看' }).click()
    await page.locator('.taro__modal').waitFor({ state: 'hidden' })
    await page.locator('.staff__status', { hasText: '已发布' }).waitFor()
    await page.locator('.edit__withdraw').click()
    await page.locator('.taro-model__confirm', { hasText: '撤下' }).click()
    await page.locator('.staff__status', { hasText: '已撤下' }).waitFor()
    expect((await lane.app.inject({ method: 'GET', url: `/api/admin/quiz/items/${id}`, headers: office })).json().status).toBe('withdrawn')
  })
})
