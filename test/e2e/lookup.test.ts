import type { Page } from 'playwright-core'
import { fileTip, staffWith } from '../server/helpers'
import { signInAsStaff } from './browser'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(90000)

describeInBrowser('H5 in Chromium: 查一查 finds only what the office made public', () => {
  const lane = browserLane({ HOTLINE_PHONE: '022-33334444' })

  beforeAll(async () => {
    await staffWith(lane.app, 'chachacha', ['tip_handler', 'publisher'])
  })

  const lookUp = async (page: Page, text: string) => {
    await page.locator('.lookup__input input').fill(text)
    await page.locator('.lookup__run').click()
  }

  it('does not find a name that is only in a tip; a publisher puts it on 曝光台 from the tip; then it is found by part of its name, its number and its link', async () => {
    await fileTip(lane.app, { organisation: '鑫源互助合作社' })

    const resident = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await resident.goto(`${lane.base}/#/pages/index/index`)
    await resident.locator('.home__lookup').click()
    await resident.locator('.lookup__run').waitFor()
    await lookUp(resident, '鑫源互助合作社')
    await resident
      .locator('.lookup-result--none')
      .getByText(/^没有查到不等于安全/)
      .waitFor()

    const office = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await signInAsStaff(office, lane.base, 'chachacha')
    await office.goto(`${lane.base}/#/packages/staff/tips/index`)
    await office.locator('.tip-desk__item', { hasText: '鑫源互助合作社' }).click()
    await office.locator('.tip__to-exposure').click()
    // The new entry starts with the name only, and says what not to write.
    await office.getByText('名称取自一条举报线索', { exact: false }).waitFor()
    const name = office.locator('.field', { hasText: '机构或个人名称' }).locator('input')
    expect(await name.inputValue()).toBe('鑫源互助合作社')
    expect(await office.locator('.field', { hasText: '问题' }).locator('textarea').last().inputValue()).toBe('')
    await office.locator('.exposures__identifiers textarea').fill('12')
    await office.getByText('“12”查不出来', { exact: false }).waitFor()
    await office.locator('.exposures__identifiers textarea').fill('0316-5551234\nxinyuan-huzhu.cn')
    await office.locator('.field', { hasText: '做了什么' }).locator('textarea').fill('以“入社分红、保本保息”为名向村民吸收存款，未经批准，已被责令停止。')
    // The browser's own date field.
    await office.locator('.staff__picker--field').fill('2026-11-30')
    await office.locator('.field', { hasText: '来源' }).locator('input').fill('镇防范非法集资领导小组办公室')
    await office.locator('.nut-button', { hasText: '保存并发布' }).click()
    await office.locator('.staff__item', { hasText: '鑫源互助合作社' }).getByText('0316-5551234 · xinyuan-huzhu.cn', { exact: false }).waitFor()

    await lookUp(resident, '５５５-１２３４')
    const found = resident.locator('.lookup-result--found')
    await found.getByText('鑫源互助合作社').waitFor()
    await found.getByText('对上的号码：0316-5551234').waitFor()
    await found.getByText('入社分红', { exact: false }).waitFor()
    await lookUp(resident, 'https://www.xinyuan-huzhu.cn/')
    await found.getByText('对上的网址：xinyuan-huzhu.cn').waitFor()
    await lookUp(resident, '鑫源互助')
    await found.getByText('对上的名称：鑫源互助合作社').waitFor()
  })
})
