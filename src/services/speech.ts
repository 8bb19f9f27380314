/**
 * Reading aloud, one interface for both targets: the browser's own voice
 * (Web Speech API) in H5, WeChat's 同声传译 plugin in the mini-program. The
 * 朗读 control talks only to this.
 */
import { createWeappSpeaker } from './speech-weapp'
import { createWebSpeaker } from './speech-web'

export type SpeechEvent =
  /** Part `index` is being read now. */
  | { type: 'start'; index: number }
  /** The last part was read to its end. */
  | { type: 'end' }
  /** Reading stopped on a failure; `unsupported` when this phone cannot read aloud at all. */
  | { type: 'error'; message: string; unsupported?: boolean }

export interface Speaker {
  /** The most one part may hold, in UTF-8 bytes (core/read-aloud splitForSpeech). */
  readonly maxBytes: number
  /** Whether this phone can read Chinese aloud: false rather than an error. */
  available(): Promise<boolean>
  /** Reads `parts` in order from `from`, replacing any reading in progress. */
  speak(parts: string[], from: number, listener: (event: SpeechEvent) => void): void
  pause(): void
  resume(): void
  /** Silent at once; no more events from the reading stopped. */
  stop(): void
}

export const UNSUPPORTED = '这台手机暂时不能朗读'

export function createSpeaker(): Speaker {
  return process.env.TARO_ENV === 'weapp' ? createWeappSpeaker() : createWebSpeaker()
}
