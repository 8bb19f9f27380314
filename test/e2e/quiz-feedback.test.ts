import { publishCampaign } from '../server/helpers'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(60000)

describeInBrowser('H5 in Chromium: a quiz round with feedback after each question', () => {
  const lane = browserLane()

  beforeAll(async () => {
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
    await publishCampaign(lane.app, { theme: '每题对答案', startsOn: today, endsOn: today, quizFeedback: true })
  })

  it('checks each answer, shows the verdict and explanation at once, keeps it, and scores what was checked', async () => {
    const page = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${lane.base}/#/pages/quiz/index`)
    await page.locator('.choices__item', { hasText: '老年人' }).click()
    await page.locator('.quiz__start').click()
    await page.getByText('本轮每题答完就告诉您对错', { exact: false }).waitFor()
    let points = 0
    for (let i = 0; i < 5; i++) {
      await page.getByText(`第 ${i + 1} / 5 题`).waitFor()
      const first = page.locator('.question-card__option').first()
      await first.click()
      const [reply] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/check')), page.locator('.quiz__check').click()])
      const checked = (await reply.json()) as { correct: boolean; points: number; explanation: string }
      points += checked.points
      // The verdict in words, the explanation, and a word mark on the option picked.
      await page
        .locator('.round-review__verdict')
        .getByText(checked.correct ? '答对了' : /答错了|部分答对/)
        .waitFor()
      await page.locator('.round-review__explain').getByText(checked.explanation).waitFor()
      await first
        .locator('.question-card__mark')
        .getByText(checked.correct ? '✓ 您选对了' : /✓ 您选对了|✗ 选错了/)
        .waitFor()
      // A wrong answer also shows, in words, the right option(s) left out.
      if (!checked.correct)
        await page
          .locator('.question-card__mark')
          .getByText(/正确答案|漏选了/)
          .first()
          .waitFor()
      // Locked: tapping another option changes nothing.
      await page.locator('.question-card__option').last().click()
      expect(await page.locator('.question-card__option').last().getAttribute('aria-checked')).toBe('false')
      await page.locator(i < 4 ? '.quiz__next' : '.quiz__submit').click()
    }
    await page.locator('.quiz__score-number').waitFor()
    expect(Number(await page.locator('.quiz__score-number').innerText())).toBe(points)
    expect(await page.locator('.round-review__explain').count()).toBe(5)
  })
})
