import simulate from 'miniprogram-simulate'
import { builtWeappLane, waitForText } from './harness'

describe('built weapp: 广告体检', () => {
  const lane = builtWeappLane()

  it('checks a pasted advert on the phone and shows its red flags with the words that raised them', async () => {
    const page = await lane.weapp.render('packages/check/index')
    await waitForText(page, (t) => t.includes('开始体检'))
    const input = page.querySelector('.nut-textarea-textarea')
    expect(input).toBeTruthy()
    input!.dispatchEvent('input', { detail: { value: '本公司项目保本保息，年化18%，推荐一人奖励500元！' } })
    await simulate.sleep(20)
    page.querySelector('.ad-check__run')!.dispatchEvent('tap')
    const text = await waitForText(page, (t) => t.includes('高风险'))
    expect(text).toContain('承诺保本、无风险')
    expect(text).toContain('原话：“保本保息”')
    expect(page.querySelectorAll('.check-result__mark-words').map((m) => m.dom?.textContent)).toEqual(expect.arrayContaining(['保本保息', '年化18%']))
  })
})
