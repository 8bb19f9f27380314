import { Picker, View } from '@tarojs/components'

interface DatePickProps {
  /** YYYY-MM-DD, or HH:mm for a time; '' for none yet. */
  value: string
  onChange: (value: string) => void
  /** Shown while there is no value, and the field's name to a screen reader. */
  placeholder: string
  mode?: 'date' | 'time'
  className?: string
}

/**
 * A date or a time for the office to pick. In WeChat, the platform's own
 * picker. In a browser, the browser's own field: a calendar at a desk and the
 * phone's picker on a phone, where Taro's wheel had to be dragged with a mouse.
 */
export function DatePick({ value, onChange, placeholder, mode = 'date', className = '' }: DatePickProps) {
  if (process.env.TARO_ENV === 'h5')
    return <input type={mode} className={`staff__picker staff__picker--field ${className}`} value={value} aria-label={placeholder} onChange={(e) => onChange(e.currentTarget.value)} />
  return (
    <Picker mode={mode} value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View className={`staff__picker ${className}`}>{value || placeholder}</View>
    </Picker>
  )
}
