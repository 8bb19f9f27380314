import { useState } from 'react'

/**
 * What the check box holds and which text was last checked, kept for the app session in memory (this module's state),
 * so leaving 广告体检 and coming back (back, then forward; a look at an article; another tab) finds the pasted words,
 * and their result, still there. Never written to storage on purpose: a resident's pasted chat may be private, and
 * what is on the phone's disk outlives the session and is read by whoever opens the app next (a grid worker's phone
 * goes door to door). Closing the app forgets it.
 */
const kept: { text: string; checked: string | null } = { text: '', checked: null }

export function useCheckDraft() {
  const [text, setTextState] = useState(kept.text)
  const [checked, setCheckedState] = useState(kept.checked)
  const setText = (next: string) => {
    kept.text = next
    setTextState(next)
  }
  const setChecked = (next: string | null) => {
    kept.checked = next
    setCheckedState(next)
  }
  return { text, setText, checked, setChecked }
}

/** Forgets the kept draft: a test starts from an empty box, as a new session does. */
export function forgetCheckDraft(): void {
  kept.text = ''
  kept.checked = null
}
