import { useState } from 'react'
import { sayError } from '../services/feedback'

/**
 * The state of an office list whose entries are edited in place and
 * published or withdrawn with one tap: which entry is open (or a new one),
 * closing the form, and the toggle, each followed by a reload.
 */
export function useListEditing<T extends { id: string; status: string }>(reload: () => Promise<void>, setPublished: (id: string, publish: boolean) => Promise<unknown>) {
  const [editing, setEditing] = useState<T | 'new' | null>(null)
  const done = () => {
    setEditing(null)
    void reload()
  }
  const toggle = async (item: T) => {
    try {
      await setPublished(item.id, item.status !== 'published')
      void reload()
    } catch (err) {
      sayError(err, '操作失败')
    }
  }
  return { editing, setEditing, done, toggle }
}
