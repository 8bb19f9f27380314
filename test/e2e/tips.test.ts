import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { fileTip, signIn, staffWith } from '../server/helpers'
import { RECEIPT_LAYOUT } from '../../src/features/tips/components/receipt-layout'
import { browserLane, describeInBrowser } from './lane'
import { dark, inkRuns, readPicture, rowsTouchingTheSides } from './picture'

jest.setTimeout(90000)

describeInBrowser('H5 in Chromium: an anonymous tip and its answer', () => {
  const lane = browserLane({ TIP_POW_BITS: '10' })
  const flyer = path.join(os.tmpdir(), `fangfei-flyer-${process.pid}.jpg`)

  beforeAll(async () => {
    await staffWith(lane.app, 'xiansuo', ['tip_handler'])
    fs.writeFileSync(
      flyer,
      await sharp({ create: { width: 60, height: 40, channels: 3, background: '#fc0' } })
        .jpeg()
        .toBuffer()
    )
  })
  afterAll(async () => {
    fs.rmSync(flyer, { force: true })
  })

  it('submits a tip with a photo, keeps the receipt, gets the office reply with it', async () => {
    const resident = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await resident.goto(`${lane.base}/#/pages/report/index`)
    await resident.getByText('不记录').waitFor()
    await resident.locator('.choices__item', { hasText: '养老投资' }).click()
    await resident.locator('.report__organisation input').fill('夕阳红康养中心')
    await resident.locator('.report__place input').fill('辛口村村委会门口')
    await resident.locator('.report__what textarea').fill('每周三发传单，说交五万元订床位，每年返利百分之十二，已有很多老人交钱。')
    const chooser = resident.waitForEvent('filechooser')
    await resident.locator('.photo-picker__add').click()
    await (await chooser).setFiles(flyer)
    await resident.getByText('还能加 5 张', { exact: false }).waitFor()
    await resident.locator('.report__submit').click()
    const code = (await resident.locator('.receipt-card__code').innerText({ timeout: 30000 })).replace(/\s/g, '')
    expect(code).toMatch(/^\d{16}$/)
    await resident.getByText('回执码丢了就找不回来').waitFor()

    // The saved picture, read back pixel by pixel: 16 digits in four groups at the layout's places, none cut off.
    const saved = resident.waitForEvent('download')
    await resident.locator('.receipt-card__save').click()
    const picture = await readPicture(String(await (await saved).path()))
    const { width, height, margin, code: slots } = RECEIPT_LAYOUT
    expect([picture.width, picture.height]).toEqual([width, height])
    expect(rowsTouchingTheSides(picture, margin / 2)).toEqual([])
    const digits = inkRuns(picture, slots.baseline - slots.size, slots.baseline + slots.size / 4, dark)
    expect(digits).toHaveLength(16)
    expect(digits[0][0]).toBeGreaterThanOrEqual(margin)
    expect(digits[15][1]).toBeLessThanOrEqual(width - margin)
    const groupCentres = slots.slots.map((_, i) => (digits[4 * i][0] + digits[4 * i + 3][1]) / 2)
    groupCentres.forEach((centre, i) => expect(Math.abs(centre - slots.slots[i])).toBeLessThanOrEqual(4))

    // The office reads it and replies.
    const handler = await signIn(lane.app, 'xiansuo', 'xiansuo-password-123')
    const office = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
    await office.goto(`${lane.base}/#/pages/index/index`)
    await office.evaluate((s) => localStorage.setItem('staff:session', JSON.stringify({ data: s })), {
      token: handler.authorization.slice(7),
      roles: ['tip_handler'],
      username: 'xiansuo',
      displayName: 'xiansuo'
    })
    await office.goto(`${lane.base}/#/packages/staff/tips/index`)
    await office.locator('.tip-desk__item', { hasText: '夕阳红康养中心' }).click()
    // The tip's own page: the list it came from stays in the DOM (hidden) with the same words in its summary line.
    await office.locator('.tip__what', { hasText: '每周三发传单' }).waitFor()
    const photo = office.locator('.staff__card img[src^="blob:"]').first()
    await photo.waitFor({ state: 'attached' })
    await office.waitForFunction((el) => (el as HTMLImageElement).naturalWidth === 60, await photo.elementHandle())
    await office.locator('.tip__reply textarea').fill('您好，线索已收到，我们正在核实。谢谢您！')
    await office.locator('.tip__send-reply').click()
    await office.getByText('回复（').waitFor()

    // The resident comes back with the receipt.
    await resident.goto(`${lane.base}/#/packages/tips/followup/index`)
    await resident.locator('.followup__receipt input').fill(code.replace(/(\d{4})/g, '$1 ').trim())
    await resident.locator('.followup__open').click()
    await resident.getByText('您好，线索已收到，我们正在核实。谢谢您！').waitFor()
    // The office's first answer moved it on: being checked.
    await resident.getByText('处理进展：正在核实').waitFor()
    await resident.locator('.followup__text textarea').fill('今天又看到他们在集市上发传单。')
    await resident.locator('.followup__send').click()
    await resident.locator('.followup__msg.is-tipster', { hasText: '今天又看到他们' }).waitFor()
  })

  it('lets a handler at a desk browser set junk aside in bulk, undo it, and search the contents', async () => {
    for (const organisation of ['刷屏甲公司', '刷屏乙公司', '真线索丙公司']) await fileTip(lane.app, { organisation })
    const handler = await signIn(lane.app, 'xiansuo', 'xiansuo-password-123')
    const office = await lane.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await office.goto(`${lane.base}/#/pages/index/index`)
    await office.evaluate((s) => localStorage.setItem('staff:session', JSON.stringify({ data: s })), {
      token: handler.authorization.slice(7),
      roles: ['tip_handler'],
      username: 'xiansuo',
      displayName: 'xiansuo'
    })
    await office.goto(`${lane.base}/#/packages/staff/tips/index`)
    const item = (name: string) => office.locator('.tip-desk__item', { hasText: name })
    await item('真线索丙公司').waitFor()

    await office.locator('.tip-desk__pick').click()
    await item('刷屏甲公司').click()
    await item('刷屏乙公司').click()
    await office.getByText('已选 2 条', { exact: false }).waitFor()
    await office.locator('.tip-desk__mark').click()
    await item('刷屏甲公司').waitFor({ state: 'detached' })
    expect(await item('刷屏乙公司').count()).toBe(0)
    await item('真线索丙公司').waitFor()

    await office.locator('.tip-desk__undo-button').click()
    await item('刷屏甲公司').waitFor()
    await item('刷屏乙公司').waitFor()

    await office.locator('.tip-desk__search input').fill('真线索丙')
    await office.locator('.tip-desk__search-go').click()
    await item('刷屏甲公司').waitFor({ state: 'detached' })
    expect(await office.locator('.tip-desk__item').count()).toBe(1)
    await office.getByText('全部查完了', { exact: false }).waitFor()
  })
})
