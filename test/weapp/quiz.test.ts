import simulate from 'miniprogram-simulate'
import { builtWeappLane, waitForText } from './harness'

// Each step below waits for its own sign of progress; on a loaded machine their sum passed jest's 30 s default.
jest.setTimeout(120000)

describe('built weapp: the quiz tab', () => {
  const lane = builtWeappLane()

  it('plays a round of five and shows the score with an explanation for each question', async () => {
    const page = await lane.weapp.render('pages/quiz/index')
    await waitForText(page, (t) => t.includes('开始答题'))
    page
      .querySelectorAll('.choices__item')
      .find((c) => c.dom?.textContent === '务农')!
      .dispatchEvent('tap')
    await simulate.sleep(10)
    page.querySelector('.quiz__start')!.dispatchEvent('tap')
    for (let i = 1; i <= 5; i++) {
      await waitForText(page, (t) => t.includes(`第 ${i} / 5 题`))
      page.querySelectorAll('.question-card__option')[0].dispatchEvent('tap')
      // On a busy machine a fixed pause may end before the pick shows: hand in only once it has, or the round asks about an unanswered question.
      for (let waited = 0; !page.querySelectorAll('.question-card__option')[0].dom?.className.includes('is-chosen') && waited < 15000; waited += 20) await simulate.sleep(20)
      page.querySelector(i < 5 ? '.quiz__next' : '.quiz__submit')!.dispatchEvent('tap')
    }
    // The hand-in waits for the server, which a loaded CI machine may keep for a few seconds.
    const text = await waitForText(page, (t) => t.includes('满分 100'), 15000)
    expect(text).toMatch(/答对 [0-5] 题/)
    expect(page.querySelectorAll('.round-review__explain')).toHaveLength(5)
  })
})
