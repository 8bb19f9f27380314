import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { ADMIN_PASSWORD } from '../server/helpers'

/** What test/e2e/page-audit.js measures on one screen. */
export interface Audit {
  width: number
  scrollWidth: number
  texts: { label: string; text: string; chars: number; px: number; inScreen: boolean }[]
  targets: { label: string; width: number; height: number; disabled: boolean; contrast: number | null }[]
  offside: { label: string; left: number; right: number }[]
  overlaps: string[]
  /** Text of the tab bar past the window's foot. */
  clipped: string[]
}

/**
 * The type sizes a resident can have: as set, with 大字 on, and the largest
 * there is, WeChat's biggest font setting (fontSizeScaleFactor, capped at 1.5
 * in src/services/font-scale.ts) times 大字. A browser reports no font
 * setting, so the largest is reached through the one setting every size
 * follows, the root type size of .screen.
 */
export type TypeMode = 'normal' | 'large' | 'largest'
export const TYPE_MODES: TypeMode[] = ['normal', 'large', 'largest']
export const LARGEST_ROOT_PX = 17 * 1.5 * 1.3

/** One screen of the app as a user reaches it. */
export interface Screen {
  name: string
  /** Brings the screen up; a screen may continue from the one before it (a quiz round, a sent tip). */
  open: (page: Page, base: string) => Promise<void>
}

export const fresh = async (page: Page, url: string) => {
  // A new document each time: Taro keeps earlier pages of a hash route in the DOM.
  await page.goto('about:blank')
  await page.goto(url)
}
const firstId = async (page: Page, base: string, kind: 'articles' | 'cases') => {
  const res = await page.request.get(`${base}/api/${kind}?pageSize=1`)
  return ((await res.json()) as { items: { id: string }[] }).items[0].id
}

/** An exposure entry for 查一查 to find, published once per server through the office's API (the first admin has every role). */
async function listExposure(page: Page, base: string): Promise<void> {
  const listed = await page.request.post(`${base}/api/lookup`, { data: { q: '天津某某财富管理有限公司' } })
  if (((await listed.json()) as { matches: unknown[] }).matches.length > 0) return
  const login = await page.request.post(`${base}/api/admin/login`, { data: { username: 'admin', password: ADMIN_PASSWORD } })
  const { token } = (await login.json()) as { token: string }
  const created = await page.request.post(`${base}/api/admin/exposures`, {
    headers: { authorization: `Bearer ${token}` },
    data: {
      name: '天津某某财富管理有限公司',
      what: '以“养老项目保本保息、年化18%”为名，在村里办讲座、送鸡蛋，向老年人吸收资金；区金融局已责令停止，并移交公安机关。',
      exposedOn: '2026-05-01',
      source: '镇防范非法集资领导小组办公室',
      identifiers: ['022-2739 1234', '138 0013 8000', 'www.moumou-caifu.com', '微信号：MouMou_888']
    }
  })
  if (!created.ok()) throw new Error(`没能发布曝光信息：${await created.text()}`)
}

/** Every resident page and the states residents spend time in, at 390×844. */
/** Publishes a campaign running today with feedback after each question; returns how to withdraw it. */
async function feedbackCampaign(page: Page, base: string): Promise<() => Promise<void>> {
  const login = await page.request.post(`${base}/api/admin/login`, { data: { username: 'admin', password: ADMIN_PASSWORD } })
  const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  const created = await page.request.post(`${base}/api/admin/campaigns`, {
    headers,
    data: { theme: '每题对答案', startsOn: today, endsOn: today, bannerImageId: null, slogans: ['守住钱袋子'], articleIds: [], caseIds: [], quizFeedback: true }
  })
  if (!created.ok()) throw new Error(`没能建活动：${await created.text()}`)
  const { id } = (await created.json()) as { id: string }
  if (!(await page.request.post(`${base}/api/admin/campaigns/${id}/publish`, { headers })).ok()) throw new Error('没能发布活动')
  return async () => {
    await page.request.post(`${base}/api/admin/campaigns/${id}/withdraw`, { headers })
  }
}

export const RESIDENT_SCREENS: Screen[] = [
  {
    name: 'home',
    open: async (page, base) => {
      await fresh(page, `${base}/#/pages/index/index`)
      await page.getByText('看清非法集资的四个特征').waitFor()
      await page.locator('.hotline-card').getByText('一键拨打').waitFor()
    }
  },
  {
    // Home as it first paints on a slow line: the page alone, before any of the app's scripts (server/plugins/first-paint.ts).
    name: 'home-first-paint',
    open: async (page, base) => {
      await page.route('**/*.js', (route) => route.abort())
      await fresh(page, `${base}/#/pages/index/index`)
      await page.locator('#first-paint .first-paint__call').waitFor()
      await page.getByText('看清非法集资的四个特征').waitFor()
      // Nothing more loads on this page; the next screens get their scripts again.
      await page.unroute('**/*.js')
    }
  },
  {
    name: 'learn',
    open: async (page, base) => {
      await fresh(page, `${base}/#/pages/learn/index`)
      await page.locator('.content-card').first().waitFor()
    }
  },
  {
    name: 'article',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/reading/article/index?id=${await firstId(page, base, 'articles')}`)
      await page.locator('.reading__title').waitFor()
    }
  },
  {
    name: 'case',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/reading/case/index?id=${await firstId(page, base, 'cases')}`)
      await page.locator('.reading__title').waitFor()
    }
  },
  {
    name: 'check',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/check/index`)
      await page.locator('.ad-check__run').waitFor()
    }
  },
  {
    name: 'check-result',
    open: async (page) => {
      await page.locator('.ad-check__input textarea').fill('【某某财富】养老项目保本保息，年化18%，推荐一人奖励500元，名额有限！')
      await page.locator('.ad-check__run').click()
      await page.getByText('高风险').first().waitFor()
    }
  },
  {
    // A 以案说法 whose case leads: flagged for the offer it tells, and told so (engine.ts caseUnderAdvice).
    name: 'check-case',
    open: async (page) => {
      await page
        .locator('.ad-check__input textarea')
        .fill(
          '以案说法：某村老李听信“投资猕猴桃园保底收益、政府补贴兜底”的宣传，先后交了六万元。头半年确实拿到了“收益”，后来公司负责人失联。法院认定这是非法吸收公众存款，但老李的本金大部分追不回来。记住：高息承诺的背后，盯着的是你的本金。'
        )
      await page.locator('.ad-check__run').click()
      await page.getByText('这段话像是借一个真实的案子提醒大家', { exact: false }).first().waitFor()
    }
  },
  {
    // News of a verdict that quotes no pitch: the case's finding is the one sign (engine.ts CASE_FOUND).
    name: 'check-verdict',
    open: async (page) => {
      await page.locator('.ad-check__input textarea').fill('据报道，某市中级人民法院近日公布刑事判决书，某科技公司实际控制人王某犯集资诈骗罪，被判处无期徒刑，并没收个人全部财产。')
      await page.locator('.ad-check__run').click()
      await page.getByText('讲的是一起非法集资的事', { exact: false }).first().waitFor()
    }
  },
  {
    // A victim's post that quotes no pitch: the loss's words are the one sign, and the verdict says what to do (MONEY_LOST).
    name: 'check-lost',
    open: async (page) => {
      await page.locator('.ad-check__input textarea').fill('老家好几个亲戚都在那个平台放了钱，前天听说已经爆雷了，钱一分也拿不回来。')
      await page.locator('.ad-check__run').click()
      await page.getByText('讲的是投进去的钱拿不回来', { exact: false }).first().waitFor()
    }
  },
  {
    name: 'lookup',
    open: async (page, base) => {
      await listExposure(page, base)
      await fresh(page, `${base}/#/packages/check/lookup/index`)
      await page.locator('.lookup__run').waitFor()
    }
  },
  {
    name: 'lookup-found',
    open: async (page) => {
      await page.locator('.lookup__input input').fill('+86 138-0013-8000')
      await page.locator('.lookup__run').click()
      await page.locator('.lookup-result--found').waitFor()
    }
  },
  {
    name: 'lookup-none',
    open: async (page) => {
      await page.locator('.lookup__input input').fill('金光大道养老服务有限公司')
      await page.locator('.lookup__run').click()
      await page.locator('.lookup-result--none').waitFor()
    }
  },
  {
    name: 'quiz',
    open: async (page, base) => {
      await fresh(page, `${base}/#/pages/quiz/index`)
      await page.locator('.quiz__start').waitFor()
    }
  },
  {
    name: 'quiz-question',
    open: async (page) => {
      await page.locator('.choices__item', { hasText: '老年人' }).click()
      await page.locator('.quiz__start').click()
      await page.getByText('第 1 / 5 题').waitFor()
    }
  },
  {
    // Handing in with questions left: the platform's own dialog asks first.
    name: 'quiz-unanswered',
    open: async (page) => {
      for (let i = 1; i < 5; i++) {
        await page.locator('.quiz__next').click()
        await page.getByText(`第 ${i + 1} / 5 题`).waitFor()
      }
      await page.locator('.quiz__submit').click()
      await page.locator('.taro__modal').getByText('还有 5 题没答，确定交卷吗？').waitFor()
      // It fades in: measured and photographed once it is all there.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.taro__modal')!).opacity === '1')
    }
  },
  {
    name: 'quiz-result',
    open: async (page) => {
      // 继续答题 goes back to the first question left unanswered.
      await page.locator('.taro-model__cancel', { hasText: '继续答题' }).click()
      for (let i = 0; i < 5; i++) {
        await page.getByText(`第 ${i + 1} / 5 题`).waitFor()
        await page.locator('.question-card__option').first().click()
        await page.locator(i < 4 ? '.quiz__next' : '.quiz__submit').click()
      }
      await page.locator('.quiz__score-number').waitFor()
    }
  },
  {
    // A question checked in a round drawn with feedback on: the campaign that switches it on is withdrawn again at
    // once (the round keeps the setting it was drawn with), so the screens after this one see the town as before.
    name: 'quiz-feedback',
    open: async (page, base) => {
      const withdraw = await feedbackCampaign(page, base)
      try {
        await fresh(page, `${base}/#/pages/quiz/index`)
        await page.locator('.choices__item', { hasText: '老年人' }).click()
        await page.locator('.quiz__start').click()
        await page.getByText('第 1 / 5 题').waitFor()
      } finally {
        await withdraw()
      }
      await page.locator('.question-card__option').first().click()
      await page.locator('.quiz__check').click()
      await page.locator('.round-review__verdict').waitFor()
    }
  },
  {
    name: 'wrongbook',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/quiz/wrongbook/index`)
      await page.locator('.screen').first().waitFor()
      await page.waitForLoadState('networkidle')
    }
  },
  {
    name: 'board',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/quiz/board/index`)
      await page.locator('.screen').first().waitFor()
      await page.waitForLoadState('networkidle')
    }
  },
  {
    name: 'report',
    open: async (page, base) => {
      await fresh(page, `${base}/#/pages/report/index`)
      await page.getByText('不记录').waitFor()
    }
  },
  {
    name: 'receipt',
    open: async (page) => {
      await page.locator('.choices__item', { hasText: '养老投资' }).click()
      await page.locator('.report__organisation input').fill('夕阳红康养中心')
      await page.locator('.report__place input').fill('辛口村村委会门口')
      await page.locator('.report__what textarea').fill('每周三发传单，说交五万元订床位，每年返利百分之十二。')
      await page.locator('.report__submit').click()
      await page.locator('.receipt-card__code').waitFor({ timeout: 30000 })
    }
  },
  {
    name: 'followup',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/tips/followup/index`)
      await page.locator('.followup__open').waitFor()
    }
  },
  {
    name: 'mine',
    open: async (page, base) => {
      await fresh(page, `${base}/#/pages/mine/index`)
      await page.getByText('大字模式').waitFor()
    }
  },
  {
    name: 'feedback',
    open: async (page, base) => {
      await fresh(page, `${base}/#/packages/tips/feedback/index`)
      await page.locator('.feedback__submit').click()
      await page.getByText('请选一项：关于小程序、关于办事服务，或其他。').waitFor()
      await page.locator('.choices__item', { hasText: '关于小程序' }).click()
      await page.locator('.feedback__what textarea').fill('字还是太小，希望文章能读出来。')
    }
  },
  {
    name: 'followup-feedback',
    open: async (page, base) => {
      await page.locator('.feedback__submit').click()
      const code = (await page.locator('.receipt-card__code').innerText({ timeout: 30000 })).replace(/\s/g, '')
      await fresh(page, `${base}/#/packages/tips/followup/index`)
      await page.locator('.followup__receipt input').fill(code)
      await page.locator('.followup__open').click()
      await page.getByText('投诉建议 · 关于小程序').waitFor()
    }
  }
]

/** A phone-sized browser tab in one type mode, with the audit loaded into every page. */
export async function residentTab(browser: Browser, mode: TypeMode): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  await context.addInitScript({ path: path.join(__dirname, 'page-audit.js') })
  // The 大字 switch's stored value, as Taro's setStorageSync writes it in a browser.
  if (mode !== 'normal') await context.addInitScript(() => localStorage.setItem('pref:large-type', JSON.stringify({ data: true })))
  if (mode === 'largest')
    await context.addInitScript((px) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style')
        style.textContent = `.screen { font-size: ${px}px !important; }`
        document.head.append(style)
      })
    }, LARGEST_ROOT_PX)
  return { context, page: await context.newPage() }
}

/** A run of this many characters or more is a sentence (a hint, a paragraph); shorter runs (a date, a count) may be smaller. */
export const SENTENCE_CHARS = 12
export const TAP_PX = 44
export const CONTRAST = 4.5

/** Text under `smallest` px anywhere, and sentences of the page under `sentence` px; `where` names the screen. */
export function typeProblems(where: string, a: Audit, floors: { sentence: number; smallest: number }): string[] {
  return a.texts.filter((t) => t.px < floors.smallest || (t.inScreen && t.chars >= SENTENCE_CHARS && t.px < floors.sentence)).map((t) => `${where}: ${t.label} ${t.px}px`)
}

/** A page wider than the window, anything off the side, and text lying on other text. */
export function layoutProblems(where: string, a: Audit): string[] {
  return [
    ...(a.scrollWidth > a.width ? [`${where}: page ${a.scrollWidth}px wide in ${a.width}px`] : []),
    ...a.offside.map((o) => `${where}: ${o.label} from ${o.left} to ${o.right}px`),
    ...a.overlaps.map((o) => `${where}: ${o}`),
    ...a.clipped.map((c) => `${where}: cut off: ${c}`)
  ]
}

export async function audit(page: Page): Promise<Audit> {
  // Let fonts and late layout (images, the count-down) settle before measuring.
  await page.evaluate(() => document.fonts.ready)
  return page.evaluate(() => (window as unknown as { fangfeiAudit: () => Audit }).fangfeiAudit())
}
