import simulate from 'miniprogram-simulate'
import { FakeAudio, FakeWechatSI } from '../setup/fake-speech'
import { builtWeappLane, waitForText } from './harness'

/**
 * 朗读 in the BUILT mini-program: the reading subpackage's own code finds the
 * 同声传译 plugin through WeChat's requirePlugin and plays its mp3s with
 * wx.createInnerAudioContext (both played here as documented, see
 * test/setup/fake-speech); the page hidden silences it.
 */
describe('built weapp: reading aloud', () => {
  const audios: FakeAudio[] = []
  const plugin = new FakeWechatSI()
  const lane = builtWeappLane(
    {},
    {
      createInnerAudioContext: () => {
        const audio = new FakeAudio()
        audios.push(audio)
        return audio
      },
      setInnerAudioOption: (opts: { success?: (res: object) => void }) => opts.success?.({ errMsg: 'setInnerAudioOption:ok' })
    }
  )
  const api = async (url: string) => (await lane.server.app.inject({ method: 'GET', url })).json()
  const tapText = (page: ReturnType<typeof simulate.render>, label: string) => {
    const button = Array.from(page.querySelectorAll('.nut-button') as unknown as ArrayLike<{ dom: Element; dispatchEvent: (e: string) => void }>).find((b) => b.dom.textContent?.includes(label))
    if (!button) throw new Error(`没有“${label}”按钮`)
    button.dispatchEvent('tap')
  }

  afterEach(() => {
    delete (globalThis as { requirePlugin?: unknown }).requirePlugin
  })

  it('says it cannot read aloud where the plugin cannot be loaded', async () => {
    const lesson = (await api('/api/cases?pageSize=1')).items[0]
    const page = await lane.weapp.render('packages/reading/case/index', { id: lesson.id })
    await waitForText(page, (t) => t.includes(lesson.title) && t.includes('这台手机暂时不能朗读'))
    expect(page.dom?.textContent).not.toContain('朗读全文')
  })

  it('reads a case lesson through the plugin, marks what it reads, and falls silent when the page is hidden', async () => {
    ;(globalThis as { requirePlugin?: unknown }).requirePlugin = (name: string) => (name === 'WechatSI' ? plugin : undefined)
    const lesson = (await api('/api/cases?pageSize=1')).items[0]
    const page = await lane.weapp.render('packages/reading/case/index', { id: lesson.id })
    await waitForText(page, (t) => t.includes(lesson.title) && t.includes('朗读全文'))
    tapText(page, '朗读全文')
    await waitForText(page, (t) => t.includes('暂停') && t.includes('停止'))
    const audio = audios[audios.length - 1]
    const end = Date.now() + 3000
    while (!audio.playing && Date.now() < end) await simulate.sleep(20)
    expect(plugin.calls[0]).toMatchObject({ lang: 'zh_CN', tts: true, content: lesson.title })
    expect(plugin.texts.get(audio.src)).toBe(lesson.title)
    expect(audio.playing).toBe(true)
    await waitForText(page, () => page.querySelector('.is-speaking')?.dom?.textContent === lesson.title)

    audio.finish()
    await waitForText(page, () => page.querySelector('.is-speaking')?.dom?.textContent === '案情经过')
    expect(plugin.texts.get(audio.src)).toBe('案情经过')

    ;(page.instance as unknown as { onHide: () => void }).onHide()
    await waitForText(page, (t) => t.includes('朗读全文'))
    expect(audio.destroyed).toBe(true)
    expect(audio.misuse).toEqual([])
    expect(page.querySelector('.is-speaking')).toBeFalsy()
  })
})
