import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './field.scss'

/**
 * One labelled form field, with an optional hint and the server's or the checker's complaint under it. `aside` is what
 * the label's brackets said (不知道可不填): said after the label in plain grey, and kept whole, so on a narrow phone with
 * 大字 it moves to a line of its own instead of breaking the label's words (机构或个人的名称（不知道可 | 不填）).
 */
export function Field({ label, aside, hint, error, children }: { label: string; aside?: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className='field'>
      <View className='field__label'>
        {label}
        {aside && <Text className='field__aside'>（{aside}）</Text>}
      </View>
      {children}
      {hint && <View className='field__hint'>{hint}</View>}
      {error && (
        <View className='field__error' role='alert'>
          {error}
        </View>
      )}
    </View>
  )
}
