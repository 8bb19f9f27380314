import { View } from '@tarojs/components'
import './bars.scss'

/** A row of bars: a chart that needs no library and reads at any type size. */
export function Bars({ rows, max, unit }: { rows: { label: string; value: number; note?: string }[]; max: number; unit: string }) {
  return (
    <View>
      {rows.map((r) => (
        <View key={r.label} className='bars__bar-row'>
          <View className='bars__bar-label'>{r.label}</View>
          <View className='bars__bar-track'>
            <View className='bars__bar' style={{ width: `${max > 0 ? Math.round((r.value / max) * 100) : 0}%` }} />
          </View>
          <View className='bars__bar-value'>
            {r.value}
            {unit}
            {r.note ? ` ${r.note}` : ''}
          </View>
        </View>
      ))}
    </View>
  )
}
