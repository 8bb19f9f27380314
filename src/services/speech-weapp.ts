/**
 * WeChat's documented way to read text aloud: the 微信同声传译 plugin
 * (WechatSI, declared for the reading subpackage in app.config.ts) turns a
 * text of at most 1000 bytes into an mp3 address (textToSpeech), which an
 * InnerAudioContext plays. The next part is prepared while one plays, so
 * paragraphs follow without a gap.
 */
import Taro from '@tarojs/taro'
import type { Speaker, SpeechEvent } from './speech'
import { UNSUPPORTED } from './speech'

/** textToSpeech's answer as the plugin documents it: retcode 0 with the mp3's address, valid for 3 hours. */
interface TtsResult {
  retcode: number
  origin?: string
  filename: string
  expired_time?: number
}
interface TtsFailure {
  retcode: number
  msg?: string
}
interface WechatSI {
  textToSpeech(options: { lang: 'zh_CN'; tts: boolean; content: string; success: (res: TtsResult) => void; fail: (res: TtsFailure) => void }): void
}

// WeChat's per-file requirePlugin: called here, in code bundled into the
// reading subpackage that declares the plugin, and only when a resident asks.
declare const requirePlugin: ((name: string) => unknown) | undefined

function loadPlugin(): WechatSI | null {
  try {
    if (typeof requirePlugin !== 'function') return null
    const plugin = requirePlugin('WechatSI') as Partial<WechatSI> | undefined
    return typeof plugin?.textToSpeech === 'function' ? (plugin as WechatSI) : null
  } catch {
    return null
  }
}

/** What a resident is told when the plugin fails (its documented codes: -20005 network, -40001 too many calls). */
export function synthesisMessage(res: TtsFailure | undefined): string {
  if (res?.retcode === -20005) return '网络不好，朗读没能继续，请稍后再试'
  if (res?.retcode === -40001) return '现在朗读的人太多，请过一会儿再试'
  return '朗读服务出了点问题，请稍后再试'
}

/** ... and when the audio fails (InnerAudioContext.onError: 10002 is the network). */
export function playbackMessage(res: { errCode?: number } | undefined): string {
  return res?.errCode === 10002 ? '网络不好，声音没能播放，请稍后再试' : '声音没能播放，请稍后再试'
}

export function createWeappSpeaker(): Speaker {
  let plugin: WechatSI | null | undefined
  let audio: Taro.InnerAudioContext | null = null
  let reading = 0
  let paused = false
  let current: { parts: string[]; index: number; ready: boolean; listener: (event: SpeechEvent) => void } | undefined

  const stop = (): void => {
    reading++
    paused = false
    current = undefined
    if (audio) {
      const old = audio
      audio = null
      old.stop()
      old.destroy()
    }
  }

  const speak = (parts: string[], from: number, listener: (event: SpeechEvent) => void): void => {
    stop()
    plugin ??= loadPlugin()
    const si = plugin
    if (!si) return listener({ type: 'error', message: UNSUPPORTED, unsupported: true })
    const id = reading
    // Heard with the iPhone's silent switch on: the resident asked for the sound.
    void Promise.resolve(Taro.setInnerAudioOption?.({ obeyMuteSwitch: false })).catch(() => undefined)
    const player = Taro.createInnerAudioContext()
    audio = player
    const addresses = new Map<number, Promise<string>>()
    const synthesise = (index: number): Promise<string> => {
      let address = addresses.get(index)
      if (!address) {
        address = new Promise<string>((resolve, reject) =>
          si.textToSpeech({
            lang: 'zh_CN',
            tts: true,
            content: parts[index],
            success: (res) => (res.retcode === 0 && res.filename ? resolve(res.filename) : reject(res)),
            fail: reject
          })
        )
        addresses.set(index, address)
      }
      return address
    }
    const fail = (message: string): void => {
      if (id !== reading) return
      stop()
      listener({ type: 'error', message })
    }
    const play = (index: number): void => {
      if (id !== reading) return
      if (index >= parts.length) {
        stop()
        return listener({ type: 'end' })
      }
      current = { parts, index, ready: false, listener }
      listener({ type: 'start', index })
      synthesise(index).then(
        (address) => {
          if (id !== reading || current?.index !== index) return
          player.src = address
          current.ready = true
          if (!paused) player.play()
          if (index + 1 < parts.length) synthesise(index + 1).catch(() => undefined)
        },
        (res: TtsFailure) => fail(synthesisMessage(res))
      )
    }
    player.onEnded(() => {
      if (id === reading && current) play(current.index + 1)
    })
    player.onError((res) => fail(playbackMessage(res)))
    play(from)
  }

  return {
    maxBytes: 1000,
    available: () => {
      plugin ??= loadPlugin()
      return Promise.resolve(plugin !== null)
    },
    speak,
    pause: () => {
      paused = true
      audio?.pause()
    },
    resume: () => {
      paused = false
      // Not yet ready: the part starts when its address comes.
      if (audio && current?.ready) audio.play()
    },
    stop
  }
}
