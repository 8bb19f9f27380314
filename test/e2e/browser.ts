import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const WEB_DIR = path.resolve(__dirname, '../../dist-h5')

/** Whether this lane can run here; in CI a missing browser or build fails the run instead. */
export function browserLaneReady(): boolean {
  const missing = [!fs.existsSync(CHROMIUM) && `Chromium（${CHROMIUM}）`, !fs.existsSync(path.join(WEB_DIR, 'index.html')) && 'H5 构建（npm run build:h5）'].filter(Boolean)
  if (missing.length === 0) return true
  const message = `浏览器测试通道缺少：${missing.join('、')}`
  if (process.env.CI) throw new Error(message)
  process.stdout.write(`${message}，本次跳过\n`)
  return false
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

/** Signs a staff account (made with staffWith, so its password is `<name>-password-123`) in through the login page. */
export async function signInAsStaff(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/#/packages/staff/login/index`)
  await page.locator('.staff-login__username input').fill(username)
  await page.locator('.staff-login__password input').fill(`${username}-password-123`)
  await page.locator('.staff-login__submit').click()
  await page.getByText('退出登录').waitFor()
}

/** How many lines the text of the first element a selector finds takes: one per distinct top of its text's rectangles. */
export const lines = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return [...new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))].length
    })
