import { Text, View } from '@tarojs/components'
import { useId, useState, type ReactNode } from 'react'
import './fold.scss'

/**
 * Something a reader may want but need not read first (the rule a sign rests on), closed behind a plain toggle that
 * says what it opens. The toggle is a button to a screen reader (role, expanded or not) and, in a browser, to the
 * keyboard too: Tab reaches it and Enter or Space opens it, as on a real button.
 */
export function Fold({ open: openLabel, close: closeLabel, className, children }: { open: string; close: string; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const toggle = () => setOpen((o) => !o)
  // Taro's View types leave out tabIndex and key events; a browser needs them for Tab and Enter or Space to work the
  // toggle as on a real button, and the mini-program ignores them.
  const keyboard = {
    tabIndex: 0,
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault()
      toggle()
    }
  }
  return (
    <View className={`fold ${className ?? ''}`}>
      <View className='fold__toggle' role='button' aria-expanded={open} aria-controls={id} onClick={toggle} {...keyboard}>
        <Text className='fold__caret' aria-hidden>
          {open ? '▾' : '▸'}
        </Text>
        {open ? closeLabel : openLabel}
      </View>
      {open && (
        <View id={id} className='fold__body'>
          {children}
        </View>
      )}
    </View>
  )
}
