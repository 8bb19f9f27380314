import { View } from '@tarojs/components'

import './choices.scss'

export interface Choice {
  value: string
  label: string
}

/**
 * A row of big toggle chips: one value (single, a radio group) or several
 * (multiple, checkboxes). `label` names the group for screen readers; give it
 * the question the field asks.
 */
export function Choices({
  options,
  selected,
  onChange,
  multiple = false,
  label
}: {
  options: readonly Choice[]
  selected: string[]
  onChange: (next: string[]) => void
  multiple?: boolean
  label?: string
}) {
  const toggle = (value: string) => {
    if (!multiple) return onChange([value])
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value])
  }
  return (
    <View className='choices' role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((o) => (
        <View
          key={o.value}
          className={`choices__item ${selected.includes(o.value) ? 'is-on' : ''}`}
          role={multiple ? 'checkbox' : 'radio'}
          aria-checked={selected.includes(o.value)}
          onClick={() => toggle(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  )
}

/** Two chips for a yes/no setting, each saying in words what it means. */
export function Toggle({ value, yes, no, onChange, label }: { value: boolean; yes: string; no: string; onChange: (next: boolean) => void; label?: string }) {
  return (
    <Choices
      label={label}
      options={[
        { value: 'yes', label: yes },
        { value: 'no', label: no }
      ]}
      selected={[value ? 'yes' : 'no']}
      onChange={([v]) => onChange(v === 'yes')}
    />
  )
}
