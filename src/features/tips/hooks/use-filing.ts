import Taro from '@tarojs/taro'
import { useState } from 'react'
import { messageOf } from '../../../services/feedback'
import type { SendingPhase } from '../api/tips'

/** What stops a draft from being sent, and which field it is about. */
export interface FilingProblem<D> {
  field: keyof D
  message: string
}

export interface Filing<D> {
  draft: D
  /** Sets one field; a complaint about that field goes as soon as it is touched. */
  set: <K extends keyof D>(field: K, value: D[K]) => void
  /** Changes the draft from outside the form (text handed over from 广告体检). */
  update: (change: (draft: D) => D) => void
  error?: string
  busy: SendingPhase | null
  /** The receipt of what was just filed, until the resident is done with it. */
  receipt: string | null
  submit: () => Promise<void>
  /** The resident has kept the receipt: back to an empty form. */
  done: () => void
}

/**
 * One anonymous filing (a tip or 投诉建议): the draft, its check, the proof of
 * work and sending phases, and the receipt. What was written is dropped from
 * the phone as soon as the office has it, and kept when sending fails.
 */
export function useFiling<D extends object>({
  empty,
  check,
  send
}: {
  empty: D
  check: (draft: D) => FilingProblem<D> | null
  send: (draft: D, onPhase: (phase: SendingPhase) => void) => Promise<string>
}): Filing<D> {
  const [draft, setDraft] = useState<D>(empty)
  const [error, setError] = useState<{ field?: keyof D; message: string }>()
  const [busy, setBusy] = useState<SendingPhase | null>(null)
  const [receipt, setReceipt] = useState<string | null>(null)

  const set = <K extends keyof D>(field: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [field]: value }))
    setError((e) => (e?.field === field ? undefined : e))
  }

  const submit = async () => {
    const problem = check(draft)
    if (problem) return setError(problem)
    setBusy('checking')
    setError(undefined)
    try {
      const code = await send(draft, setBusy)
      setDraft(empty)
      setReceipt(code)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch (err) {
      setError({ message: messageOf(err, '没能提交，您写的内容还在，请稍后再试。') })
    } finally {
      setBusy(null)
    }
  }

  return { draft, set, update: setDraft, error: error?.message, busy, receipt, submit, done: () => setReceipt(null) }
}
