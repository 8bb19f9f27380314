import simulate from 'miniprogram-simulate'
import { builtWeappLane, waitForText } from './harness'

describe('built weapp: home page', () => {
  const lane = builtWeappLane({ HOTLINE_PHONE: '022-87654321' })

  it('shows the hotline, the four signs and the newest articles, and calls in one tap', async () => {
    const page = await lane.weapp.render('pages/index/index')
    const text = await waitForText(page, (t) => t.includes('一键拨打 022-87654321') && t.includes('最新文章') && t.includes('以案说法'))
    expect(text).toContain('看清非法集资的四个特征')
    const newest = (await lane.server.app.inject({ method: 'GET', url: '/api/articles?pageSize=5' })).json().items[0].title
    await waitForText(page, (t) => t.includes(newest))

    const button = page.querySelectorAll('.hotline-card__call')
    expect(button.length).toBe(1)
    button[0].dispatchEvent('tap')
    await simulate.sleep(10)
    expect(lane.weapp.calls.makePhoneCall?.[0]?.[0]).toMatchObject({ phoneNumber: '022-87654321' })
  })
})
