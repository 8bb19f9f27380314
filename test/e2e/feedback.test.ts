import { fileTip, signIn, staffWith } from '../server/helpers'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(90000)

describeInBrowser('H5 in Chromium: 投诉建议 and its answer', () => {
  const lane = browserLane({ TIP_POW_BITS: '10' })

  beforeAll(async () => {
    await staffWith(lane.app, 'yijian', ['tip_handler'])
  })

  it('files feedback from 我的, the office answers and closes it, the resident reads the answer with the receipt', async () => {
    await fileTip(lane.app, { organisation: '不该出现的康养公司' })
    const resident = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await resident.goto(`${lane.base}/#/pages/mine/index`)
    await resident.locator('.mine__feedback').click()
    await resident.getByText('不用登录，不记录微信号').waitFor()
    await resident.locator('.choices__item', { hasText: '关于办事服务' }).click()
    await resident.locator('.feedback__what textarea').fill('镇政府便民窗口中午没人，跑了两趟才办成。')
    await resident.locator('.feedback__submit').click()
    const code = (await resident.locator('.receipt-card__code').innerText({ timeout: 30000 })).replace(/\s/g, '')
    expect(code).toMatch(/^\d{16}$/)
    await resident.getByText('意见已收到，谢谢您！').waitFor()

    // The office finds it on the feedback desk, not among tips, answers and closes it.
    const handler = await signIn(lane.app, 'yijian', 'yijian-password-123')
    const office = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await office.goto(`${lane.base}/#/pages/index/index`)
    await office.evaluate((s) => localStorage.setItem('staff:session', JSON.stringify({ data: s })), {
      token: handler.authorization.slice(7),
      roles: ['tip_handler'],
      username: 'yijian',
      displayName: 'yijian'
    })
    await office.goto(`${lane.base}/#/packages/staff/tips/index?kind=feedback`)
    const item = office.locator('.tip-desk__item', { hasText: '便民窗口中午没人' })
    await item.waitFor()
    expect(await office.locator('.tip-desk__item', { hasText: '不该出现的康养公司' }).count()).toBe(0)
    await item.click()
    await office.getByText('投诉建议：关于办事服务').waitFor()
    // The reply box says what to write, not NutUI's stock 请输入内容.
    expect(await office.locator('.tip__reply textarea').getAttribute('placeholder')).toMatch(/^写给提意见的居民/)
    await office.locator('.tip__reply textarea').fill('您好，已安排窗口中午轮流值班。谢谢您的意见！')
    await office.locator('.tip__send-reply').click()
    await office.getByText('回复（yijian）', { exact: false }).waitFor()
    // Closing cannot be undone, so the desk asks once more; 再想想 leaves it open.
    await office.locator('.tip__to-closed').click()
    await office.getByText(/改了以后不能再改回来，也不能再回复；提意见的人凭回执码只能看到结果，不能再补充情况。/).waitFor()
    await office.locator('.taro-model__cancel').click()
    expect(await office.locator('.tip__reply').count()).toBe(1)
    await office.locator('.tip__to-closed').click()
    await office.locator('.taro-model__confirm').click()
    await office.getByText('已办结 ·', { exact: false }).waitFor()
    // Closed for good, as the server holds it: no reply box, and the page says why.
    await office.getByText('已办结，不能再回复').waitFor()
    expect(await office.locator('.tip__reply').count()).toBe(0)
    expect(await office.locator('.tip__send-reply').count()).toBe(0)

    // The resident comes back with the receipt from the feedback page.
    await resident.locator('.receipt-card__actions .nut-button', { hasText: '我已保存好，返回' }).click()
    await resident.getByText('凭回执码查看回复').click()
    await resident.locator('.followup__receipt input').fill(code)
    await resident.locator('.followup__open').click()
    await resident.getByText('您好，已安排窗口中午轮流值班。谢谢您的意见！').waitFor()
    await resident.getByText('处理进展：已办结').waitFor()
    // The page says what this receipt is: 投诉建议, and what it was about.
    await resident.getByText('投诉建议 · 关于办事服务').waitFor()
    // Closed is no dead end: the page says what the resident can still do.
    await resident.locator('.followup__again', { hasText: '再提一条投诉建议' }).waitFor()
    // Closed: nothing more to add.
    expect(await resident.locator('.followup__send').count()).toBe(0)
  })
  it('a complaint about the missing topic goes as soon as a topic is picked; the topics are one choice', async () => {
    const page = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${lane.base}/#/packages/tips/feedback/index`)
    await page.getByText('不用登录，不记录微信号').waitFor()
    await page.locator('.feedback__submit').click()
    const alert = page.getByRole('alert')
    await alert.getByText('请选一项：关于小程序、关于办事服务，或其他。').waitFor()
    const topics = page.getByRole('radiogroup', { name: '关于什么' })
    await topics.getByRole('radio', { name: '关于小程序' }).click()
    await alert.waitFor({ state: 'detached' })
    expect(await topics.getByRole('radio', { name: '关于小程序' }).getAttribute('aria-checked')).toBe('true')

    // The next complaint, about what was written, stays until something is written.
    await page.locator('.feedback__submit').click()
    await alert.getByText('请写下您的意见或建议。').waitFor()
    await topics.getByRole('radio', { name: '其他' }).click()
    expect(await alert.innerText()).toBe('请写下您的意见或建议。')
    await page.locator('.feedback__what textarea').fill('字')
    await alert.waitFor({ state: 'detached' })
    await page.close()
  })
})
