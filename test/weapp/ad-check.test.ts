import simulate from 'miniprogram-simulate'
import { flyer, photographed } from '../server/flyers'
import { builtWeappLane, waitForText } from './harness'

// The flyer is read by the real server's OCR: the models load, then a photo takes a few seconds on a busy machine.
jest.setTimeout(120000)

// Each marked stretch as the resident reads it, without its sign's number.
const marked = (page: ReturnType<typeof simulate.render>) => page.querySelectorAll('.check-result__mark').map((m) => (m.dom?.textContent ?? '').replace(/[①-⑮]、?/g, ''))

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
    // Each mark is followed by its sign's number, the number its card's title starts with.
    expect(text).toMatch(/保本保息[①-⑮]/)
    expect(marked(page)).toEqual(expect.arrayContaining(['保本保息', '年化18%']))
  })

  it('opens 举报 over the result (navigateTo, so back returns to it), with the advert attached and the kind it found chosen', async () => {
    const advert = '村民互助合作社，入股分红，保本保息，每月返息150元，推荐一人奖励300元！'
    const page = await lane.weapp.render('packages/check/index')
    await waitForText(page, (t) => t.includes('开始体检'))
    page.querySelector('.nut-textarea-textarea')!.dispatchEvent('input', { detail: { value: advert } })
    await simulate.sleep(20)
    page.querySelector('.ad-check__run')!.dispatchEvent('tap')
    await waitForText(page, (t) => t.includes('高风险'))
    const switched = lane.weapp.calls.switchTab?.length ?? 0
    page.querySelector('.ad-check__report')!.dispatchEvent('tap')
    await simulate.sleep(20)
    // Opened on top of the result, not by switchTab, which closed it and left back nowhere to go but 首页.
    expect(lane.weapp.calls.navigateTo?.at(-1)?.[0]).toMatchObject({ url: '/packages/check/report/index' })
    expect(lane.weapp.calls.switchTab?.length ?? 0).toBe(switched)
    const report = await lane.weapp.render('packages/check/report/index')
    // The advert and its kind are filled in once the page is up.
    const text = await waitForText(report, (t) => t.includes('已按体检选好') && !!report.querySelector('.choices__item.is-on'))
    expect(text).toContain('举报这条宣传')
    // Chosen, first among a few common kinds and said as a resident says it; the rest behind 更多类型.
    expect(report.querySelector('.choices__item.is-on')?.dom?.textContent).toBe('合作社、互助社入股')
    expect(report.querySelector('.choices__item')?.dom?.textContent).toBe('合作社、互助社入股')
    expect(text).toContain('更多类型')
    // The advert's box comes first (its words are the textarea's value, which the simulator does not render; the
    // browser test reads them).
    expect(text.indexOf('要举报的宣传（已附上')).toBeLessThan(text.indexOf('机构或个人的名称'))
  })

  it('photographs a flyer: one picture from wx.chooseMedia, sent by wx.uploadFile with a solved challenge, its text in the box to check', async () => {
    const photo = await photographed(await flyer())
    lane.weapp.files.set('wxfile://tmp/flyer.jpg', photo)
    lane.weapp.picks.push({ tempFiles: [{ tempFilePath: 'wxfile://tmp/flyer.jpg', size: photo.length, fileType: 'image' }] })
    const page = await lane.weapp.render('packages/check/index')
    await waitForText(page, (t) => t.includes('拍照或选图'))
    page.querySelector('.ad-check__photo')!.dispatchEvent('tap')
    await waitForText(page, (t) => /已从照片认出 \d+ 行文字/.test(t), 60000)
    const [chose] = lane.weapp.calls.chooseMedia.at(-1) as [{ count: number; mediaType: string[]; sourceType: string[] }]
    expect(chose).toEqual(expect.objectContaining({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'] }))
    const [sent] = lane.weapp.calls.uploadFile.at(-1) as [{ url: string; name: string; header: Record<string, string> }]
    expect(sent.url).toMatch(/\/api\/ad-check\/photo$/)
    expect(sent.header['x-tip-proof']).toMatch(/^[0-9a-f.]+:\d+$/)
    // The box now holds what the photo says: checking it finds the flyer's promises.
    page.querySelector('.ad-check__run')!.dispatchEvent('tap')
    await waitForText(page, (t) => t.includes('高风险'))
    expect(marked(page)).toEqual(expect.arrayContaining(['保本保息']))
  })

  it('sends nothing and says nothing when the resident closes the picker', async () => {
    const uploads = lane.weapp.calls.uploadFile?.length ?? 0
    const page = await lane.weapp.render('packages/check/index')
    await waitForText(page, (t) => t.includes('拍照或选图'))
    page.querySelector('.ad-check__photo')!.dispatchEvent('tap')
    await simulate.sleep(200)
    expect(lane.weapp.calls.chooseMedia.length).toBeGreaterThan(0)
    expect(lane.weapp.calls.uploadFile?.length ?? 0).toBe(uploads)
    expect(page.dom?.textContent).not.toMatch(/cancel|没能|失败/)
  })
})
