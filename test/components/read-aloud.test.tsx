import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Article, CaseLesson, Hotline } from '../../src/core/reading-types'
import ArticlePage from '../../src/packages/reading/article/index'
import CasePage from '../../src/packages/reading/case/index'
import { FakeSpeechSynthesis, FakeUtterance, FakeWechatSI } from '../setup/fake-speech'
import { audioContexts, clearStorageSync, hidePage, routerParams } from '../setup/taro-mock'

const request = (Taro as unknown as { request: jest.Mock }).request
const hotline: Hotline = { phone: '022-12345678', hours: '工作日', schedule: '1-5 08:30-17:30', address: '镇政府', openNow: true }
const LONG = Array.from({ length: 30 }, (_, i) => `第${i + 1}句提醒您，凡是承诺保本高息的都要当心。`).join('')
const article: Article = {
  id: 'a1',
  title: '养老钱别交给陌生人',
  category: 'pension',
  summary: '',
  publishedAt: '2026-11-01T00:00:00.000Z',
  town: null,
  redFlags: [],
  body: ['有人上门推销“养老公寓”。', '', LONG, '', '拿不准就打热线问一问。'].join('\n')
}
const lesson: CaseLesson = {
  id: 'c1',
  title: '王大爷的“理财”',
  category: 'pension',
  summary: '',
  publishedAt: '2026-11-01T00:00:00.000Z',
  town: null,
  redFlags: [],
  featured: false,
  kind: 'illustrative',
  source: '',
  sourceUrl: '',
  story: '王大爷交了五万元。',
  outcome: '钱没有追回。',
  lesson: '先打热线问一问。',
  question: { prompt: '怎么办？', options: ['交钱', '问热线'], answer: 1, explanation: '问清楚再说。' }
}

/** Lets the platform's queued answers and React's updates through. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve()
  })

async function open(page: 'article' | 'case') {
  cleanup()
  routerParams.current = { id: page === 'article' ? 'a1' : 'c1' }
  await act(async () => {
    render(page === 'article' ? <ArticlePage /> : <CasePage />)
  })
  await settle()
  await screen.findByText(page === 'article' ? article.title : lesson.title, { selector: '.reading__title' })
}

const tap = async (label: string) => {
  fireEvent.click(screen.getByText(label))
  await settle()
}
/** The element marked as being read, if any. */
const marked = () => document.querySelector('.is-speaking')?.textContent ?? null

beforeEach(() => {
  clearStorageSync()
  request.mockReset()
  request.mockImplementation(({ url }: { url: string }) => {
    if (url.includes('/api/articles/a1')) return Promise.resolve({ statusCode: 200, data: article })
    if (url.includes('/api/cases/c1')) return Promise.resolve({ statusCode: 200, data: lesson })
    if (url.includes('/api/hotline')) return Promise.resolve({ statusCode: 200, data: hotline })
    return Promise.resolve({ statusCode: 404, data: { code: 'not_found', message: '没有找到' } })
  })
})
afterEach(() => cleanup())

describe('朗读 in a browser (Web Speech API)', () => {
  let synth: FakeSpeechSynthesis
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    synth = new FakeSpeechSynthesis()
    Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance })
    Object.assign(globalThis, { SpeechSynthesisUtterance: FakeUtterance })
  })
  afterEach(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
    delete (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance
  })

  it('reads the title and then the body, paragraph by paragraph, marking the one being read, and is ready again at the end', async () => {
    // Chrome lists its voices only after a while.
    await open('article')
    synth.loadVoices(['en-US', 'zh-HK', 'zh-CN'])
    await settle()
    await tap('朗读全文')
    expect(synth.current?.text).toBe(article.title)
    expect(synth.current?.voice?.lang).toBe('zh-CN')
    expect(marked()).toBe(article.title)
    expect(screen.getByText('暂停')).toBeInTheDocument()
    expect(screen.getByText('停止')).toBeInTheDocument()

    synth.finish()
    await settle()
    expect(synth.current?.text).toBe('有人上门推销“养老公寓”。')
    expect(marked()).toBe('有人上门推销“养老公寓”。')

    // The long paragraph goes in several utterances, each within the browser's comfortable length, all marked as one paragraph.
    const heard: string[] = []
    while (synth.current && synth.current.text !== '拿不准就打热线问一问。') {
      synth.finish()
      await settle()
      if (synth.current?.text !== '拿不准就打热线问一问。') {
        heard.push(synth.current?.text ?? '')
        expect(marked()).toBe(LONG)
      }
    }
    expect(heard.length).toBeGreaterThan(2)
    heard.forEach((text) => expect(Buffer.byteLength(text)).toBeLessThanOrEqual(450))
    expect(heard.join('')).toBe(LONG)
    expect(marked()).toBe('拿不准就打热线问一问。')

    synth.finish()
    await settle()
    expect(synth.current).toBeNull()
    expect(marked()).toBeNull()
    expect(screen.getByText('朗读全文')).toBeInTheDocument()
  })

  it('pauses, carries on with the same paragraph, and stops', async () => {
    synth.loadVoices(['zh-CN'])
    await open('article')
    await tap('朗读全文')
    synth.finish()
    await settle()
    await tap('暂停')
    expect(synth.current).toBeNull()
    expect(screen.getByText('继续')).toBeInTheDocument()
    expect(marked()).toBe('有人上门推销“养老公寓”。')
    await tap('继续')
    expect(synth.current?.text).toBe('有人上门推销“养老公寓”。')
    await tap('停止')
    expect(synth.current).toBeNull()
    expect(marked()).toBeNull()
    expect(screen.getByText('朗读全文')).toBeInTheDocument()
    // The stopped utterance's "interrupted" comes late and changes nothing.
    await settle()
    expect(synth.spoken.length).toBe(3)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says so when the browser has no speech at all, or no Chinese voice', async () => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
    await open('article')
    expect(screen.getByText('这台手机暂时不能朗读')).toBeInTheDocument()
    expect(screen.queryByText('朗读全文')).toBeNull()

    Object.assign(window, { speechSynthesis: synth })
    synth.loadVoices(['en-US', 'fr-FR'])
    await open('article')
    expect(screen.getByText('这台手机暂时不能朗读')).toBeInTheDocument()
    expect(screen.queryByText('朗读全文')).toBeNull()
  })

  it('waits for voices no longer than a moment: none by then is no speech', async () => {
    jest.useFakeTimers()
    try {
      await open('article')
      expect(screen.getByText('朗读全文')).toBeInTheDocument()
      await act(async () => {
        jest.advanceTimersByTime(1600)
      })
      await settle()
      expect(screen.getByText('这台手机暂时不能朗读')).toBeInTheDocument()
    } finally {
      jest.useRealTimers()
    }
  })

  it('tells a failure in plain words and carries on from the paragraph that failed', async () => {
    synth.loadVoices(['zh-CN'])
    await open('article')
    await tap('朗读全文')
    synth.finish()
    await settle()
    synth.fail('network')
    await settle()
    expect(screen.getByRole('alert')).toHaveTextContent('朗读没能继续，请再试一次')
    expect(synth.current).toBeNull()
    await tap('接着读')
    expect(synth.current?.text).toBe('有人上门推销“养老公寓”。')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('falls silent when the page is hidden, the tab put away, or the page left', async () => {
    synth.loadVoices(['zh-CN'])
    await open('article')
    await tap('朗读全文')
    act(() => hidePage())
    await settle()
    expect(synth.current).toBeNull()
    expect(screen.getByText('朗读全文')).toBeInTheDocument()
    expect(marked()).toBeNull()

    await tap('朗读全文')
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'))
    })
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    await settle()
    expect(synth.current).toBeNull()

    await tap('朗读全文')
    const before = synth.cancels
    cleanup()
    expect(synth.cancels).toBeGreaterThan(before)
    expect(synth.current).toBeNull()
  })
})

describe('朗读 in WeChat (同声传译 plugin and InnerAudioContext)', () => {
  let plugin: FakeWechatSI
  const audio = () => audioContexts[audioContexts.length - 1]
  const heard = () => plugin.texts.get(audio().src)
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    plugin = new FakeWechatSI()
    Object.assign(globalThis, { requirePlugin: (name: string) => (name === 'WechatSI' ? plugin : undefined) })
    audioContexts.length = 0
  })
  afterEach(() => {
    delete (globalThis as { requirePlugin?: unknown }).requirePlugin
    process.env.TARO_ENV = 'h5'
  })

  it('reads a case lesson part by part through mp3s of at most 1000 bytes of text, preparing the next while one plays', async () => {
    await open('case')
    await tap('朗读全文')
    expect(plugin.calls[0]).toMatchObject({ lang: 'zh_CN', tts: true, content: lesson.title })
    expect(heard()).toBe(lesson.title)
    expect(audio().playing).toBe(true)
    expect(marked()).toBe(lesson.title)
    // The next part was asked for while the first plays.
    expect(plugin.calls[1].content).toBe('案情经过')

    const order = [lesson.title]
    while (audio().playing) {
      audio().finish()
      await settle()
      if (audio().playing) {
        order.push(heard() ?? '')
        expect(marked()).toBe(heard())
      }
    }
    expect(order).toEqual([lesson.title, '案情经过', lesson.story, '钱和人最后怎样了', lesson.outcome, '给您提个醒', lesson.lesson])
    expect(screen.getByText('朗读全文')).toBeInTheDocument()
    expect(marked()).toBeNull()
    expect(audio().destroyed).toBe(true)
    expect(audio().misuse).toEqual([])
  })

  it('splits a long paragraph for the plugin, which refuses over 1000 bytes', async () => {
    await open('article')
    await tap('朗读全文')
    const parts: string[] = []
    while (audio().playing) {
      parts.push(heard() ?? '')
      audio().finish()
      await settle()
    }
    const failures = plugin.calls.filter((c) => Buffer.byteLength(c.content) > 1000)
    expect(failures).toEqual([])
    expect(Buffer.byteLength(LONG)).toBeGreaterThan(1000)
    const long = parts.slice(2, -1)
    expect(long.length).toBeGreaterThan(1)
    expect(long.join('')).toBe(LONG)
  })

  it('pauses and carries on with the mp3, also when paused before the mp3 came', async () => {
    plugin.answers = ['hold']
    await open('article')
    await tap('朗读全文')
    await tap('暂停')
    plugin.release()
    await settle()
    expect(audio().src).not.toBe('')
    expect(audio().playing).toBe(false)
    await tap('继续')
    expect(audio().playing).toBe(true)
    await tap('暂停')
    expect(audio().playing).toBe(false)
    await tap('继续')
    expect(audio().playing).toBe(true)
    expect(heard()).toBe(article.title)
  })

  it('tells the plugin failures in plain words and carries on from there', async () => {
    plugin.answers = [{ retcode: -20005, msg: 'network error' }]
    await open('article')
    await tap('朗读全文')
    expect(screen.getByRole('alert')).toHaveTextContent('网络不好，朗读没能继续，请稍后再试')
    expect(audio().destroyed).toBe(true)
    await tap('接着读')
    expect(heard()).toBe(article.title)
    // The next part's mp3 is ready; the one after, asked for while that plays, is refused.
    plugin.answers = [{ retcode: -40001, msg: 'frequency limit' }]
    audio().finish()
    await settle()
    expect(heard()).toBe('有人上门推销“养老公寓”。')
    audio().finish()
    await settle()
    expect(screen.getByRole('alert')).toHaveTextContent('现在朗读的人太多，请过一会儿再试')
    await tap('接着读')
    // Carries on from the part that failed, not from the title.
    expect(heard()).toBe(LONG.slice(0, heard()?.length))
  })

  it('tells a playback failure, and can be stopped from there', async () => {
    await open('article')
    await tap('朗读全文')
    audio().fail(10002)
    await settle()
    expect(screen.getByRole('alert')).toHaveTextContent('网络不好，声音没能播放，请稍后再试')
    await tap('停止')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('朗读全文')).toBeInTheDocument()
  })

  it('falls silent when the page is hidden or left, and an mp3 arriving afterwards is not played', async () => {
    plugin.answers = ['hold']
    await open('article')
    await tap('朗读全文')
    act(() => hidePage())
    plugin.release()
    await settle()
    expect(audio().destroyed).toBe(true)
    expect(audio().src).toBe('')
    expect(audio().misuse).toEqual([])
    expect(screen.getByText('朗读全文')).toBeInTheDocument()

    await tap('朗读全文')
    expect(audio().playing).toBe(true)
    cleanup()
    expect(audio().destroyed).toBe(true)
    expect(audio().playing).toBe(false)
  })

  it('says it cannot read aloud where the plugin is not there', async () => {
    delete (globalThis as { requirePlugin?: unknown }).requirePlugin
    await open('article')
    expect(screen.getByText('这台手机暂时不能朗读')).toBeInTheDocument()
    expect(screen.queryByText('朗读全文')).toBeNull()
  })
})
