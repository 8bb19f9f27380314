/**
 * The platforms' speech as documented, for tests of 朗读 (services/speech-*):
 *
 * - the Web Speech API: getVoices() may be empty until `voiceschanged`;
 *   speak() queues an utterance, which starts when the one before ends;
 *   cancel() fails the one being read with "interrupted" and drops the queue;
 *   a failure fires `error` with the reason, then the next queued one starts;
 * - WeChat's 同声传译 plugin: textToSpeech({ lang, tts, content, success,
 *   fail }) answers later with { retcode: 0, filename } (an mp3 address) or
 *   calls fail with { retcode, msg }; the service refuses content over 1000
 *   UTF-8 bytes and languages other than zh_CN / en_US;
 * - InnerAudioContext: src, play/pause/stop/destroy, onEnded/onError; it plays
 *   only with a src, and a destroyed one must not be used again.
 *
 * Events come asynchronously, as on a phone; tests end a part with `finish()`.
 */
type Listener = () => void

export class FakeUtterance {
  lang = ''
  voice: { lang: string; name: string } | null = null
  rate = 1
  onstart: (() => void) | null = null
  onend: (() => void) | null = null
  onerror: ((event: { error: string }) => void) | null = null
  constructor(public text: string) {}
}

const later = (fn: () => void): void => {
  void Promise.resolve().then(fn)
}

export class FakeSpeechSynthesis {
  voices: { lang: string; name: string; localService: boolean; default: boolean; voiceURI: string }[] = []
  /** Every utterance handed to speak(), in order. */
  spoken: FakeUtterance[] = []
  current: FakeUtterance | null = null
  queue: FakeUtterance[] = []
  cancels = 0
  private listeners = new Set<Listener>()

  getVoices() {
    return [...this.voices]
  }
  addEventListener(type: string, fn: Listener) {
    if (type === 'voiceschanged') this.listeners.add(fn)
  }
  removeEventListener(type: string, fn: Listener) {
    if (type === 'voiceschanged') this.listeners.delete(fn)
  }
  /** The browser finishes loading its voices. */
  loadVoices(langs: string[]) {
    this.voices = langs.map((lang) => ({ lang, name: `voice ${lang}`, localService: true, default: false, voiceURI: lang }))
    this.listeners.forEach((fn) => fn())
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance)
    this.queue.push(utterance)
    if (!this.current) this.next()
  }
  cancel() {
    this.cancels++
    const stopped = this.current
    const dropped = this.queue
    this.current = null
    this.queue = []
    if (stopped) later(() => stopped.onerror?.({ error: 'interrupted' }))
    dropped.forEach((u) => later(() => u.onerror?.({ error: 'canceled' })))
  }
  pause() {}
  resume() {}
  /** The utterance being read ends normally. */
  finish() {
    const done = this.current
    if (!done) throw new Error('nothing is being read')
    this.current = null
    later(() => {
      done.onend?.()
      if (!this.current) this.next()
    })
  }
  /** The utterance being read fails with the reason a browser gives. */
  fail(error: string) {
    const failed = this.current
    if (!failed) throw new Error('nothing is being read')
    this.current = null
    later(() => {
      failed.onerror?.({ error })
      if (!this.current) this.next()
    })
  }
  private next() {
    const u = this.queue.shift()
    if (!u) return
    this.current = u
    later(() => u.onstart?.())
  }
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

interface TtsCall {
  lang: string
  tts: boolean
  content: string
  success: (res: object) => void
  fail: (res: object) => void
}

export class FakeWechatSI {
  calls: TtsCall[] = []
  /** What the next calls answer: ok, a documented failure, or nothing yet (held until `release`). */
  answers: ({ retcode: number; msg: string } | 'hold')[] = []
  /** The text behind each mp3 address handed out. */
  texts = new Map<string, string>()
  private held: (() => void)[] = []

  textToSpeech = (options: TtsCall): void => {
    this.calls.push(options)
    const answer = this.answers.shift()
    const respond = (): void => {
      if (options.lang !== 'zh_CN' && options.lang !== 'en_US') return options.fail({ retcode: -20001, msg: 'lang error' })
      if (!options.content || utf8Bytes(options.content) > 1000) return options.fail({ retcode: -20002, msg: 'content error' })
      if (answer && answer !== 'hold') return options.fail(answer)
      const filename = `https://ae.weixin.qq.com/cgi-bin/mmasrai-bin/getmedia?filename=${this.texts.size + 1}`
      this.texts.set(filename, options.content)
      options.success({ retcode: 0, origin: options.content, filename, expired_time: 1764720000 })
    }
    if (answer === 'hold') this.held.push(respond)
    else later(respond)
  }
  /** The held answers arrive. */
  release() {
    const held = this.held
    this.held = []
    held.forEach((respond) => later(respond))
  }
}

export class FakeAudio {
  src = ''
  playing = false
  destroyed = false
  /** Calls made after destroy(): WeChat documents none as allowed. */
  misuse: string[] = []
  plays = 0
  private ended = new Set<Listener>()
  private errors = new Set<(res: { errCode: number; errMsg: string }) => void>()

  private use(name: string) {
    if (this.destroyed) this.misuse.push(name)
  }
  play() {
    this.use('play')
    if (!this.src) return
    this.plays++
    this.playing = true
  }
  pause() {
    this.use('pause')
    this.playing = false
  }
  stop() {
    this.use('stop')
    this.playing = false
  }
  destroy() {
    this.use('destroy')
    this.destroyed = true
    this.playing = false
    this.ended.clear()
    this.errors.clear()
  }
  onEnded(fn: Listener) {
    this.ended.add(fn)
  }
  onError(fn: (res: { errCode: number; errMsg: string }) => void) {
    this.errors.add(fn)
  }
  /** The mp3 plays to its end. */
  finish() {
    if (!this.playing) throw new Error('nothing is playing')
    this.playing = false
    later(() => this.ended.forEach((fn) => fn()))
  }
  /** Playback fails (10001 system, 10002 network, 10003 file, 10004 format, -1 unknown). */
  fail(errCode: number) {
    this.playing = false
    later(() => this.errors.forEach((fn) => fn({ errCode, errMsg: `innerAudioContext:fail ${errCode}` })))
  }
}
