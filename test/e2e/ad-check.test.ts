import type { Page } from 'playwright-core'
import { flyer, photographed } from '../server/flyers'
import { lines } from './browser'
import { browserLane, describeInBrowser } from './lane'

// Reading a photo loads the models and takes a few seconds on a busy machine.
jest.setTimeout(120000)

describeInBrowser('H5 in Chromium: 广告体检', () => {
  const lane = browserLane()
  // A resident opens 广告体检 from 首页 (so there is a page to go back to), types an advert in and sees its 高风险.
  const checkFromHome = async (page: Page, advert: string) => {
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.locator('.home__check').click()
    await page.waitForURL(/packages\/check/)
    await page.locator('.ad-check__input textarea').fill(advert)
    await page.locator('.ad-check__run').click()
    await page.getByText('高风险').waitFor()
  }
  // A text checked on a phone of 320 px opened straight at 广告体检.
  const checkAt320 = async (text: string) => {
    const context = await lane.browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    await page.goto(`${lane.base}/#/packages/check/index`)
    await page.locator('.ad-check__input textarea').fill(text)
    await page.locator('.ad-check__run').click()
    return { context, page }
  }

  it('pastes an advert, shows its red flags highlighted, and carries it into the tip form', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: lane.base })
    const page = await context.newPage()
    const advert = '【某某财富】养老项目保 本 保 息，年化１８％，推荐一人奖励500元，名额有限！'
    await page.goto(`${lane.base}/#/pages/index/index`)
    await page.locator('.home__check').click()
    await page.waitForURL(/packages\/check/)
    // An empty clipboard says how to copy, rather than nothing at all.
    await page.evaluate(() => navigator.clipboard.writeText(''))
    await page.locator('.ad-check__paste').click()
    await page.getByText('剪贴板里没有文字').waitFor()
    await page.evaluate((t) => navigator.clipboard.writeText(t), advert)
    await page.locator('.ad-check__paste').click()
    await page.waitForFunction(() => (document.querySelector('.ad-check__input textarea') as HTMLTextAreaElement | null)?.value.length ?? 0 > 0)
    expect(await page.locator('.ad-check__input textarea').inputValue()).toBe(advert)
    // Pasting checks at once, and the result is scrolled to: it starts below the first screen of a phone.
    await page.getByText('高风险').waitFor()
    await page.waitForFunction(() => {
      const top = document.querySelector('.check-result')?.getBoundingClientRect().top
      return top !== undefined && top >= 0 && top < window.innerHeight / 2
    })
    // What to do is on that first screen, under the verdict, and says whom it rings.
    const call = page.locator('.ad-check__call')
    expect(await call.innerText()).toMatch(/^打 \d+ 问一问$/)
    expect((await call.boundingBox())!.y + 40).toBeLessThan(844)
    const marks = (await page.locator('.check-result__mark').allInnerTexts()).map((m) => m.replace(/[①-⑮]、?/g, ''))
    // 推荐一人 grows to the end of its short phrase, 奖励500元, so its number stands after the reward, not inside it.
    expect(marks).toEqual(expect.arrayContaining(['保 本 保 息', '年化１８％', '推荐一人奖励500元']))
    await page.locator('.check-result__flag-title', { hasText: '承诺保本、无风险' }).waitFor()

    await page.locator('.ad-check__report').click()
    await page.waitForURL(/packages\/check\/report/)
    await page.waitForFunction((t) => (document.querySelector('.report__what textarea') as HTMLTextAreaElement | null)?.value.includes(t), advert)
    await context.close()
  })

  it('opens 举报 over the result at 320 px with 大字: the advert attached on the first screen, its kind chosen, and back returns to the result', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 320, height: 640 } })
    await context.addInitScript(() => localStorage.setItem('pref:large-type', JSON.stringify({ data: true })))
    const page = await context.newPage()
    const advert = '村民互助合作社，入股分红，保本保息，每月返息150元，推荐一人奖励300元，名额有限！'
    await checkFromHome(page, advert)
    await page.locator('.ad-check__report').click()
    await page.waitForURL(/packages\/check\/report/)
    const what = page.locator('.report__what textarea')
    await page.waitForFunction((t) => (document.querySelector('.report__what textarea') as HTMLTextAreaElement | null)?.value.includes(t), advert)
    // The attached advert starts on the first screen (it was two screens down, under the privacy note and the destination).
    expect((await what.boundingBox())!.y).toBeLessThan(640 - 60)
    // The kind the check found is chosen, and a one-line note above the choices says so; the resident can choose another.
    const note = page.locator('.report__chosen')
    expect(await note.evaluate((el) => el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).fontSize))).toBe(true)
    expect((await note.boundingBox())!.y).toBeLessThan((await page.locator('.choices__item').first().boundingBox())!.y)
    // The chosen kind first, said as a resident says it, among a few common ones; the rest behind 更多类型 (sixteen chips
    // at once, 金融互助 beside 村民互助社, left a new user unsure which was which).
    const kinds = page.locator('.report__card .field').filter({ hasText: '看起来像哪一种' }).locator('.choices__item')
    expect(await kinds.allInnerTexts()).toEqual(['合作社、互助社入股', '养老投资', '投资理财', '消费返利', '项目投资', '其他或说不清'])
    expect(await page.locator('.choices__item.is-on').first().innerText()).toBe('合作社、互助社入股')
    await page.locator('.choices__item', { hasText: '养老投资' }).click()
    expect(await page.locator('.choices__item.is-on').first().innerText()).toBe('养老投资')
    await page.locator('.report__more-kinds').click()
    expect(await kinds.count()).toBe(16)
    await page.locator('.choices__item', { hasText: '互助盘、互助理财' }).click()
    expect(await page.locator('.choices__item.is-on').first().innerText()).toBe('互助盘、互助理财')
    // A label's bracketed words go to a line of their own, whole, rather than break it mid-word (名称（不知道可 | 不填）).
    for (const label of await page.locator('#app .field__label').all()) {
      const broken = await label.evaluate((el) => {
        const range = document.createRange()
        const words = el.firstChild
        if (!words) return null
        range.selectNodeContents(words)
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        const aside = el.querySelector('.field__aside')
        const asideLines = aside ? new Set([...aside.getClientRects()].map((r) => Math.round(r.top))).size : 1
        return tops.size > 1 || asideLines > 1 ? el.textContent : null
      })
      expect(broken).toBeNull()
    }
    expect(await page.locator('.photo-picker__add').innerText()).toBe('添加照片')
    expect(await lines(page, '.photo-picker__add .nut-button-children')).toBe(1)
    // Every one-line placeholder fits its box at 320 px with 大字.
    for (const input of await page.locator('#app .nut-input input').all()) {
      const cut = await input.evaluate((el: HTMLInputElement) => {
        const probe = document.createElement('span')
        const style = getComputedStyle(el)
        probe.style.font = style.font
        probe.style.position = 'absolute'
        probe.textContent = el.placeholder
        document.body.append(probe)
        const wide = probe.getBoundingClientRect().width
        probe.remove()
        return wide > el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) + 1 ? el.placeholder : null
      })
      expect(cut).toBeNull()
    }
    // Back, as a browser's back or a phone's back key does, returns to the result with its text and verdict.
    await page.goBack()
    await page.waitForURL(/packages\/check\/index/)
    await page.getByText('高风险').waitFor()
    expect(await page.locator('.ad-check__input textarea').inputValue()).toBe(advert)
    await context.close()
  })

  it('offers a call for a low result, a relative’s loan request, with 举报 a quiet line under it rather than a button beside it', async () => {
    const { context, page } = await checkAt320('二叔，家里盖房还差两万块，能不能先借我，年底连本带利还你。')
    await page.getByText('低风险').waitFor()
    expect(await page.locator('.ad-check__call').innerText()).toMatch(/^拿不准？打 \d+ 问一问$/)
    expect(await page.locator('.ad-check__report').count()).toBe(0)
    await page.locator('.ad-check__report-link').click()
    await page.waitForURL(/packages\/check\/report/)
    await context.close()
  })

  it('tells a verdict’s news as a case, with 举报 a quiet line for the same company taking money again, not 举报这条宣传', async () => {
    const { context, page } = await checkAt320('据报道，某市中级人民法院近日公布刑事判决书，某科技公司实际控制人王某犯集资诈骗罪，被判处无期徒刑。')
    await page.getByText('讲的是一起非法集资的事', { exact: false }).first().waitFor()
    expect(await page.locator('.ad-check__call').innerText()).toMatch(/^打 \d+ 问一问$/)
    expect(await page.locator('.ad-check__report').count()).toBe(0)
    expect(await page.locator('.ad-check__report-link').innerText()).toContain('文中的公司还在揽钱')
    await page.locator('.ad-check__report-link').click()
    await page.waitForURL(/packages\/check\/report/)
    await context.close()
  })

  it('calls, then reports: the call leaves the page as it was, so 举报这条宣传 still opens the form', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    // Where each tel: address was asked for: the page's own frame (which then stops taking taps in Chromium) or elsewhere.
    const dialled: string[] = []
    context.on('request', (r) => {
      if (!r.url().startsWith('tel:')) return
      // A window opened for the dialler has no frame yet when it asks: Playwright says so by throwing.
      let inPage: boolean
      try {
        inPage = r.frame() === page.mainFrame()
      } catch {
        inPage = false
      }
      dialled.push(`${inPage ? 'page' : 'elsewhere'} ${r.url()}`)
    })
    await page.goto(`${lane.base}/#/packages/check/index`)
    await page.locator('.ad-check__input textarea').fill('香港拍卖行征集藏品，您的瓷器能拍出高价，先交鉴定费、图录费共6800元。养老项目年化18%保本保息，推荐一人奖励500元。')
    await page.locator('.ad-check__run').click()
    await page.locator('.ad-check__call').click()
    for (let i = 0; i < 50 && dialled.length === 0; i++) await page.waitForTimeout(100)
    expect(dialled).toEqual(['elsewhere tel:96110'])
    expect(page.url()).toMatch(/packages\/check\/index/)
    await page.locator('.ad-check__report').click()
    await page.waitForURL(/packages\/check\/report/, { timeout: 5000 })
    await context.close()
  })

  it('shows its name as a heading in a browser, which has no navigation bar, with the box still on a small first screen', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 320, height: 640 } })
    await context.addInitScript(() => localStorage.setItem('pref:large-type', JSON.stringify({ data: true })))
    const page = await context.newPage()
    await page.goto(`${lane.base}/#/packages/check/index`)
    const title = page.locator('.section__title', { hasText: '广告体检' })
    await title.waitFor()
    expect((await title.boundingBox())!.y).toBeLessThan(640)
    expect((await page.locator('.ad-check__input').boundingBox())!.y + 100).toBeLessThan(640)
    // The pasted words are in the page's face, not a textarea's monospace one (18% and 500元 stood out).
    const faces = await page.evaluate(() => [document.querySelector('.ad-check__input textarea')!, document.body].map((e) => getComputedStyle(e).fontFamily))
    expect(faces[0]).toBe(faces[1])
    await context.close()
  })

  it('takes a result away as soon as the text in the box changes, so no verdict is shown for words it did not read', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    await page.goto(`${lane.base}/#/packages/check/index`)
    const box = page.locator('.ad-check__input textarea')
    await box.fill('保本保息，年化18%，推荐一人奖励500元')
    await page.locator('.ad-check__run').click()
    await page.getByText('高风险').waitFor()
    // A second tap on the same text scrolls to its result again, as the first did.
    const resultTop = () => page.evaluate(() => document.querySelector('.check-result')!.getBoundingClientRect().top)
    await page.waitForFunction(() => document.querySelector('.check-result')!.getBoundingClientRect().top < window.innerHeight / 2)
    // The scroll is animated: reset only once it has come to rest, or it carries on past the reset.
    for (let before = NaN, now = await resultTop(); now !== before; before = now, now = await resultTop()) await page.waitForTimeout(200)
    await page.evaluate(() => {
      window.scrollTo(0, 0)
      for (const el of document.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0
    })
    expect(await resultTop()).toBeGreaterThan(320)
    await page.locator('.ad-check__run').click()
    await page.waitForFunction(() => document.querySelector('.check-result')!.getBoundingClientRect().top < window.innerHeight / 2)
    await box.fill('好邻居超市会员日：满100元减10元，积分可以兑换洗衣液。')
    await page.locator('.check-result').waitFor({ state: 'detached' })
    await page.getByText('文字改过了，点“开始体检”重新检查。').waitFor()
    await page.locator('.ad-check__run').click()
    await page.getByText('低风险').waitFor()
    // A fee asked before one's own money comes back is fraud: the button rings the anti-fraud line, as the verdict says.
    await box.fill('您的提现已审核通过，需先缴纳10%的个人所得税，缴清后资金马上到账。')
    await page.locator('.ad-check__run').click()
    await page.getByText('高风险').waitFor()
    expect(await page.locator('.ad-check__call').innerText()).toBe('打 96110 问一问')
    await context.close()
  })

  it('keeps the pasted text, and its result, after going back and forward, and opens a sign’s law on request', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    const advert = '康乐园养老项目保本保息，年化18%，推荐一人奖励500元'
    await checkFromHome(page, advert)
    // The law is closed until asked for, by a tap or, in a browser, by the keyboard.
    const toggle = page.locator('.check-result__law .fold__toggle')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await page.locator('.fold__body').count()).toBe(0)
    await toggle.focus()
    await page.keyboard.press('Enter')
    await page.locator('.fold__body').first().waitFor()
    await page.goBack()
    await page.waitForURL(/pages\/index/)
    await page.goForward()
    await page.waitForURL(/packages\/check/)
    // The page coming back is a new one (the one left was unloaded, and leaves the DOM a moment later).
    await page.waitForFunction(() => document.querySelectorAll('.ad-check__input textarea').length === 1)
    await page.getByText('高风险').waitFor()
    expect(await page.locator('.ad-check__input textarea').inputValue()).toBe(advert)
    // Kept in memory only: nothing of the pasted chat is on the phone's disk.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain('康乐园')
    await context.close()
  })

  it('photographs a flyer: the text read fills the box for the resident to correct, and the check runs on what they corrected', async () => {
    const context = await lane.browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${lane.base}/#/packages/check/index`)
    const chooser = page.waitForEvent('filechooser')
    await page.locator('.ad-check__photo').click()
    await (await chooser).setFiles({ name: 'flyer.jpg', mimeType: 'image/jpeg', buffer: await photographed(await flyer()) })
    const box = page.locator('.ad-check__input textarea')
    await page.waitForFunction(() => (document.querySelector('.ad-check__input textarea') as HTMLTextAreaElement | null)?.value.includes('保本保息'), null, { timeout: 60000 })
    const read = await box.inputValue()
    expect(read.split('\n')).toEqual(expect.arrayContaining(['保本保息，年化收益高达18%', '推荐一人加入奖励500元']))
    await page.getByText(/已从照片认出 \d+ 行文字/).waitFor()
    // The resident crosses out the line about the recruiting bonus before checking: the result follows the box, not the photo.
    await box.fill(read.replace('推荐一人加入奖励500元', ''))
    await page.locator('.ad-check__run').click()
    await page.getByText('高风险').waitFor()
    const marks = (await page.locator('.check-result__mark').allInnerTexts()).map((m) => m.replace(/[①-⑮]/g, ''))
    expect(marks).toEqual(expect.arrayContaining(['保本保息']))
    expect(marks.join('')).not.toContain('推荐一人')
    await context.close()
  })
})
