import { builtWeappLane, waitForText, waitUntil } from './harness'

// Each step below waits for its own sign of progress; on a loaded machine their sum passed jest's 30 s default.
jest.setTimeout(120000)

describe('built weapp: the quiz tab', () => {
  const lane = builtWeappLane()

  it('plays a round of five and shows the score with an explanation for each question', async () => {
    const page = await lane.weapp.render('pages/quiz/index')
    await waitForText(page, (t) => t.includes('开始答题'))
    const farmer = () => page.querySelectorAll('.choices__item').find((c) => c.dom?.textContent === '务农')!
    farmer().dispatchEvent('tap')
    // Start reads the persona as last rendered: tapping it before the pick shows would be told to pick one first.
    await waitUntil(
      () => farmer().dom!.className.includes('is-on'),
      () => '点了“务农”，没有显示选中'
    )
    page.querySelector('.quiz__start')!.dispatchEvent('tap')
    for (let i = 1; i <= 5; i++) {
      await waitForText(page, (t) => t.includes(`第 ${i} / 5 题`))
      const first = () => page.querySelectorAll('.question-card__option')[0]
      first().dispatchEvent('tap')
      // Go on only once the pick shows (a fixed pause may end first on a busy machine), or 交卷 asks about an unanswered question.
      await waitUntil(
        () => first().dom!.className.includes('is-chosen'),
        () => `第 ${i} 题点了第一个选项，没有显示选中：${first().dom?.textContent}`
      )
      page.querySelector(i < 5 ? '.quiz__next' : '.quiz__submit')!.dispatchEvent('tap')
    }
    // The hand-in waits for the server, which a loaded CI machine may keep for a few seconds.
    const text = await waitForText(page, (t) => t.includes('满分 100'), 15000)
    expect(text).toMatch(/答对 [0-5] 题/)
    expect(page.querySelectorAll('.round-review__explain')).toHaveLength(5)
  })
})
