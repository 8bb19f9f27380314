import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './field.scss'

/** One labelled form field, with an optional hint and the server's or the checker's complaint under it. */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <View className='field'>
      <View className='field__label'>{label}</View>
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
