import type { Page } from 'playwright-core'
import { browserLane, describeInBrowser } from './lane'

jest.setTimeout(30000)

/**
 * A browser with one Chinese voice that reads each utterance for as long as
 * the test likes (window.__speech.finish() ends it), recording what it was
 * given, with the Web Speech API's shape.
 */
const SCRIPTED_VOICE = `(() => {
  const voice = { lang: 'zh-CN', name: 'Test Mandarin', localService: true, default: true, voiceURI: 'test-zh' }
  const state = { spoken: [], current: null, cancels: 0 }
  const synth = {
    getVoices: () => [voice],
    addEventListener() {},
    removeEventListener() {},
    speak(u) { state.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); state.current = u },
    cancel() { state.cancels++; const u = state.current; state.current = null; if (u && u.onerror) setTimeout(() => u.onerror({ error: 'interrupted' })) },
    pause() {},
    resume() {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  // Chromium's own utterance takes only its own voices.
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1 } }
  window.__speech = { state, finish() { const u = state.current; state.current = null; if (u && u.onend) u.onend() } }
})()`

describeInBrowser('H5 in Chromium: 朗读', () => {
  const lane = browserLane()
  let page: Page

  beforeEach(async () => {
    page = await lane.browser.newPage({ viewport: { width: 390, height: 844 } })
  })
  afterEach(async () => page.close())

  const api = async (url: string) => (await lane.app.inject({ method: 'GET', url })).json()

  it('says 这台手机暂时不能朗读 on an article where the browser has no voice', async () => {
    const { id, title } = (await api('/api/articles?pageSize=1')).items[0]
    await page.goto(`${lane.base}/#/packages/reading/article/index?id=${id}`)
    await page.locator('.reading__title', { hasText: title }).waitFor()
    // Headless Chromium has the API but no voice to speak with.
    expect(await page.evaluate(() => typeof window.speechSynthesis === 'object' && window.speechSynthesis.getVoices().length)).toBe(0)
    await page.getByText('这台手机暂时不能朗读').waitFor()
    expect(await page.getByText('朗读全文').count()).toBe(0)
  })

  it('reads a case lesson aloud with a Chinese voice: title first, marked, then on; 停止 ends it', async () => {
    await page.addInitScript(SCRIPTED_VOICE)
    const { id } = (await api('/api/cases?pageSize=1')).items[0]
    const lesson = await api(`/api/cases/${id}`)
    await page.goto(`${lane.base}/#/packages/reading/case/index?id=${id}`)
    await page.locator('.reading__title', { hasText: lesson.title }).waitFor()
    await page.locator('.read-aloud__main', { hasText: '朗读全文' }).click()
    await page.locator('.is-speaking', { hasText: lesson.title }).waitFor()
    const first = await page.evaluate(() => (window as unknown as { __speech: { state: { spoken: { text: string; lang: string; voice: string }[] } } }).__speech.state.spoken)
    expect(first).toEqual([{ text: lesson.title, lang: 'zh-CN', voice: 'Test Mandarin' }])
    await page.locator('.read-aloud__main', { hasText: '暂停' }).waitFor()

    await page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish())
    await page.locator('.reading__section-title.is-speaking', { hasText: '案情经过' }).waitFor()
    await page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish())
    await page.locator('.body-text__para.is-speaking').first().waitFor()

    await page.locator('.read-aloud__stop', { hasText: '停止' }).click()
    await page.getByText('朗读全文').waitFor()
    expect(await page.locator('.is-speaking').count()).toBe(0)
  })

  it('falls silent when the resident leaves the page while it reads', async () => {
    await page.addInitScript(SCRIPTED_VOICE)
    const { id, title } = (await api('/api/articles?pageSize=1')).items[0]
    await page.goto(`${lane.base}/#/packages/reading/article/index?id=${id}`)
    await page.locator('.read-aloud__main', { hasText: '朗读全文' }).click()
    await page.locator('.is-speaking', { hasText: title }).waitFor()
    const speech = () => page.evaluate(() => (window as unknown as { __speech: { state: { current: unknown; cancels: number } } }).__speech.state)
    const before = await speech()
    expect(before.current).not.toBeNull()
    await page.locator('.way-home__home').click()
    await page.waitForURL(/pages\/index\/index/)
    await page.getByText('看清非法集资的四个特征').waitFor()
    // Taro's H5 router unloads the page left once its slide-out ends.
    const end = Date.now() + 2000
    while ((await speech()).current !== null && Date.now() < end) await page.waitForTimeout(50)
    expect((await speech()).current).toBeNull()
    expect((await speech()).cancels).toBeGreaterThan(before.cancels)
  })
})
