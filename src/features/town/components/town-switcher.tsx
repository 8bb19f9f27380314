import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TownEntry } from '../../../core/town'
import './town-switcher.scss'

/**
 * Which town the office is editing, said in large type at the top of the
 * form; a tap opens the district's towns to pick another. A plain list rather
 * than a wheel picker: it reads the same in WeChat and the desk browser, and
 * a dozen names fit on one screen.
 */
export function TownSwitcher({ towns, current, onPick }: { towns: TownEntry[]; current: string; onPick: (code: string) => void }) {
  const [open, setOpen] = useState(false)
  const name = towns.find((t) => t.code === current)?.name ?? current
  return (
    <View className='town-switcher'>
      <View className={`town-switcher__face ${open ? 'is-open' : ''}`} role='button' aria-expanded={open} onClick={() => setOpen(!open)}>
        <Text className='town-switcher__label'>正在编辑：</Text>
        <Text className='town-switcher__name'>{name}</Text>
        <Text className='town-switcher__caret' aria-hidden>
          {open ? '▴' : '▾'}
        </Text>
      </View>
      {open && (
        <View className='town-switcher__list' role='listbox' aria-label='选择要编辑的镇（街道）'>
          {towns.map((t) => (
            <View
              key={t.code}
              className={`town-switcher__option ${t.code === current ? 'is-on' : ''}`}
              role='option'
              aria-selected={t.code === current}
              onClick={() => {
                setOpen(false)
                if (t.code !== current) onPick(t.code)
              }}
            >
              <Text className='town-switcher__option-name'>{t.name}</Text>
              <Text className='town-switcher__option-note'>{t.code === current ? '正在编辑' : t.code}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
