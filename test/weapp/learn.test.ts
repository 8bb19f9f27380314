import simulate from 'miniprogram-simulate'
import { builtWeappLane, waitForText } from './harness'

describe('built weapp: learning', () => {
  const lane = builtWeappLane()

  const api = async (url: string) => (await lane.server.app.inject({ method: 'GET', url })).json()

  it('filters articles by category and opens one with a tap', async () => {
    const page = await lane.weapp.render('pages/learn/index')
    await waitForText(page, (t) => t.includes('村民互助社') && t.includes('上滑加载更多'))

    const chip = page.querySelectorAll('.learn__chip').find((c) => (c.dom?.textContent ?? '').startsWith('村民互助社'))
    expect(chip).toBeDefined()
    chip!.dispatchEvent('tap')
    const expected = (await api('/api/articles?category=village_coop&pageSize=10')).items as { id: string; title: string }[]
    const others = (await api('/api/articles?category=crypto&pageSize=10')).items as { title: string }[]
    const text = await waitForText(page, (t) => expected.every((a) => t.includes(a.title)))
    expect(others.some((a) => text.includes(a.title))).toBe(false)

    page.querySelectorAll('.content-card')[0].dispatchEvent('tap')
    await simulate.sleep(10)
    expect(lane.weapp.calls.navigateTo?.at(-1)?.[0]).toMatchObject({ url: `/packages/reading/article/index?id=${expected[0].id}` })
  })

  it('loads the next page when the resident scrolls to the bottom', async () => {
    const page = await lane.weapp.render('pages/learn/index')
    await waitForText(page, (t) => t.includes('上滑加载更多'))
    expect(page.querySelectorAll('.content-card').length).toBe(10)
    ;(page.instance as unknown as { onReachBottom: () => void }).onReachBottom()
    const total = (await api('/api/articles?pageSize=1')).total as number
    await waitForText(page, () => page.querySelectorAll('.content-card').length === Math.min(20, total))
  })

  it('shows a case lesson with its red flags marked and its check question', async () => {
    const lesson = (await api('/api/cases?pageSize=1')).items[0]
    const page = await lane.weapp.render('packages/reading/case/index', { id: lesson.id })
    const text = await waitForText(page, (t) => t.includes(lesson.title) && t.includes('考考您'))
    expect(text).toContain('案情经过')
    expect(text).toContain(lesson.redFlags[0].label)
    expect(page.querySelectorAll('.body-text__flag-words').length).toBeGreaterThan(0)
  })
})
