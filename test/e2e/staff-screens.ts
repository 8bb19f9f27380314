import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { ADMIN_PASSWORD, fileTip } from '../server/helpers'
import { fresh, type Screen } from './resident-screens'

/** The office's screens at a desk: what test/e2e/desk.test.ts measures and scripts/screenshots.ts photographs. */
export const DESK = { width: 1440, height: 900 }

/** A staff page has loaded once its card is there and nothing more is on the way. */
async function settled(page: Page, url: string): Promise<void> {
  await fresh(page, url)
  await page.locator('.staff-page, .staff__card').first().waitFor()
  await page.waitForLoadState('networkidle')
}

/** A page opened from another slides in from the right (Taro's router): measured before it has arrived, it would be off the side. */
async function arrived(page: Page, what: Locator): Promise<void> {
  await what.waitFor()
  await page.waitForFunction((el) => Math.abs((el?.closest('.taro_page') ?? el)?.getBoundingClientRect().left ?? 1) < 1, await what.elementHandle())
  await page.waitForLoadState('networkidle')
}

/**
 * Puts on the server what the office's screens show: a tip (so the tip desk
 * and a case page have one). Articles, case lessons, quiz items and the town
 * come with the starter content.
 */
export async function prepareDesk(app: FastifyInstance): Promise<void> {
  await fileTip(app, { organisation: '金色晚年养老服务中心', what: '在集市上办讲座、送鸡蛋，说交三万元买“养老床位使用权”，每月返息六百元，已有几十位老人交了钱。' })
}

/** Every office page at 1440×900, signed in as the first admin, who holds every role from day one, and the village screen the office puts up. */
export const STAFF_SCREENS: Screen[] = [
  {
    name: 'staff-login',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/staff/login/index`)
      await page.locator('.staff-login__submit').waitFor()
    }
  },
  {
    name: 'staff-menu',
    open: async (page) => {
      await page.locator('.staff-login__username input').fill('admin')
      await page.locator('.staff-login__password input').fill(ADMIN_PASSWORD)
      await page.locator('.staff-login__submit').click()
      await page.getByText('退出登录').waitFor()
      // The menu shows while the sign-in page still slides away; on a busy machine the audit would measure it mid-way.
      await page.locator('.staff-login__submit').waitFor({ state: 'hidden' })
      await page.waitForLoadState('networkidle')
    }
  },
  { name: 'staff-articles', open: (page, base) => settled(page, `${base}/#/packages/staff/desk/index?kind=article`) },
  { name: 'staff-cases', open: (page, base) => settled(page, `${base}/#/packages/staff/desk/index?kind=case`) },
  {
    name: 'staff-edit',
    open: async (page, base) => {
      await settled(page, `${base}/#/packages/staff/edit/index?kind=article`)
      await page.locator('.edit__title input').fill('村口新贴的“养老公寓”传单')
      await page.locator('.edit__summary textarea').fill('传单上写着预订床位年返一成，这是借养老揽钱。')
      await page.locator('.edit__body textarea').fill('## 传单原话\n> 预订床位，每年返利百分之十\n\n这样的承诺不要信。正规养老机构收的是服务费，不会许诺返利。')
      await page.locator('.edit__live .reading__title', { hasText: '村口新贴的“养老公寓”传单' }).waitFor()
    }
  },
  {
    name: 'staff-preview',
    open: async (page) => {
      await page.locator('.edit__save').click()
      await page.waitForURL(/edit\/index\?kind=article&id=/)
      await page.locator('.edit__preview').click()
      await arrived(page, page.getByText('预览：这就是居民将看到的样子'))
    }
  },
  { name: 'staff-campaigns', open: (page, base) => settled(page, `${base}/#/packages/staff/campaigns/index`) },
  {
    // The campaign's slides on a village committee's big screen, opened from 宣传月: watched from across a room, never touched.
    name: 'village-screen',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/screen/index`)
      await page.locator('.village-screen__phone').waitFor()
      await page.waitForLoadState('networkidle')
    }
  },
  { name: 'staff-exposures', open: (page, base) => settled(page, `${base}/#/packages/staff/exposures/index`) },
  {
    name: 'staff-tips',
    open: async (page, base) => {
      await settled(page, `${base}/#/packages/staff/tips/index`)
      await page.locator('.tip-desk__item', { hasText: '金色晚年养老服务中心' }).waitFor()
    }
  },
  {
    name: 'staff-tip',
    open: async (page) => {
      await page.locator('.tip-desk__item', { hasText: '金色晚年养老服务中心' }).click()
      await arrived(page, page.locator('.tip__reply'))
      await page.getByText('在集市上办讲座、送鸡蛋').last().waitFor()
    }
  },
  { name: 'staff-feedback', open: (page, base) => settled(page, `${base}/#/packages/staff/tips/index?kind=feedback`) },
  { name: 'staff-quiz-bank', open: (page, base) => settled(page, `${base}/#/packages/staff/quiz-bank/index`) },
  {
    name: 'staff-quiz-item',
    open: async (page) => {
      // The bank opens on what waits for review; the starter questions are published.
      await page.locator('.choices__item', { hasText: '已发布' }).click()
      await page.locator('.quiz-bank__open').first().click()
      await arrived(page, page.locator('.quiz-item__form'))
    }
  },
  { name: 'staff-quiz-stats', open: (page, base) => settled(page, `${base}/#/packages/staff/quiz-stats/index`) },
  { name: 'staff-users', open: (page, base) => settled(page, `${base}/#/packages/staff/users/index`) },
  { name: 'staff-audit', open: (page, base) => settled(page, `${base}/#/packages/staff/audit/index`) },
  { name: 'staff-town', open: (page, base) => settled(page, `${base}/#/packages/staff/town/index`) },
  { name: 'staff-password', open: (page, base) => settled(page, `${base}/#/packages/staff/password/index`) }
]

/** A desk-sized browser tab with the audit loaded into every page. */
export async function staffTab(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // As the office's browsers are set: the date fields show 2026/12/03, not an American order.
  const context = await browser.newContext({ viewport: DESK, locale: 'zh-CN' })
  await context.addInitScript({ path: path.join(__dirname, 'page-audit.js') })
  return { context, page: await context.newPage() }
}
