/**
 * The browser's voice (Web Speech API). A phone without the API, or without a
 * Chinese voice (headless browsers have none; some Android browsers neither),
 * cannot read aloud, and says so.
 */
import type { Speaker, SpeechEvent } from './speech'
import { UNSUPPORTED } from './speech'

// How long a browser may take to list its voices (Chrome lists none until
// voiceschanged; Safari lists them at once).
const VOICES_WAIT_MS = 1500

/** Mandarin first (zh-CN, cmn-Hans-CN), then any other Chinese voice; Cantonese last. */
export function chineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const rank = (lang: string): number => {
    const l = lang.replace(/_/g, '-').toLowerCase()
    if (l === 'zh-cn' || l.startsWith('cmn-hans') || l === 'zh-hans-cn' || l === 'zh-hans') return 0
    if (l === 'zh' || l.startsWith('cmn')) return 1
    if (l.startsWith('zh-hk') || l.startsWith('yue')) return 3
    if (l.startsWith('zh-')) return 2
    return -1
  }
  return voices
    .map((voice) => ({ voice, rank: rank(voice.lang) }))
    .filter((v) => v.rank >= 0)
    .sort((a, b) => a.rank - b.rank || Number(b.voice.localService) - Number(a.voice.localService))[0]?.voice
}

function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices()
  if (now.length > 0) return Promise.resolve(now)
  return new Promise((resolve) => {
    const done = (): void => {
      synth.removeEventListener?.('voiceschanged', done)
      clearTimeout(timer)
      resolve(synth.getVoices())
    }
    const timer = setTimeout(done, VOICES_WAIT_MS)
    synth.addEventListener?.('voiceschanged', done)
  })
}

// The reasons a browser gives (SpeechSynthesisErrorEvent.error) for a phone that cannot speak at all.
const CANNOT_SPEAK = new Set(['synthesis-unavailable', 'language-unavailable', 'voice-unavailable', 'audio-hardware'])

export function createWebSpeaker(): Speaker {
  const synth: SpeechSynthesis | undefined = typeof window !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined' ? window.speechSynthesis : undefined
  let voice: Promise<SpeechSynthesisVoice | undefined> | undefined
  // Each reading has its number; events of a reading stopped are dropped
  // (cancel() makes the browser end or fail the utterance it was reading).
  let reading = 0
  let last: { parts: string[]; index: number; listener: (event: SpeechEvent) => void } | undefined
  // Held while it is read: Chrome can collect an utterance nothing refers to, and then never ends it.
  let utterance: SpeechSynthesisUtterance | null = null

  const findVoice = (): Promise<SpeechSynthesisVoice | undefined> => (voice ??= synth ? voicesOf(synth).then(chineseVoice) : Promise.resolve(undefined))

  const stop = (): void => {
    reading++
    utterance = null
    synth?.cancel()
  }

  const speak = (parts: string[], from: number, listener: (event: SpeechEvent) => void): void => {
    stop()
    const id = reading
    void findVoice().then((chosen) => {
      if (id !== reading) return
      if (!synth || !chosen) return listener({ type: 'error', message: UNSUPPORTED, unsupported: true })
      const say = (index: number): void => {
        if (id !== reading) return
        if (index >= parts.length) {
          last = undefined
          return listener({ type: 'end' })
        }
        last = { parts, index, listener }
        const u = new SpeechSynthesisUtterance(parts[index])
        utterance = u
        u.voice = chosen
        u.lang = chosen.lang
        // A little slower than the default, for older listeners.
        u.rate = 0.9
        u.onend = () => {
          if (utterance === u) say(index + 1)
        }
        u.onerror = (event) => {
          if (id !== reading || event.error === 'interrupted' || event.error === 'canceled') return
          reading++
          if (CANNOT_SPEAK.has(event.error)) return listener({ type: 'error', message: UNSUPPORTED, unsupported: true })
          listener({ type: 'error', message: event.error === 'not-allowed' ? '浏览器没让朗读，请再点一次' : '朗读没能继续，请再试一次' })
        }
        // Reported as it is handed over: some browsers never fire onstart.
        listener({ type: 'start', index })
        synth.speak(u)
      }
      say(from)
    })
  }

  return {
    // A paragraph of about 150 Chinese characters: Chrome on some phones stops a long utterance after about 15 seconds.
    maxBytes: 450,
    available: () => findVoice().then((chosen) => chosen !== undefined),
    speak,
    // Browsers differ on pause() (Chrome on Android ends the utterance
    // instead), so pausing ends this part and 继续 reads it again from its start.
    pause: () => {
      const paused = last
      stop()
      last = paused
    },
    resume: () => {
      if (last) speak(last.parts, last.index, last.listener)
    },
    stop: () => {
      last = undefined
      stop()
    }
  }
}
