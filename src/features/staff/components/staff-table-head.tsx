import { View } from '@tarojs/components'

/**
 * The column names over a list that a desk screen lays out as a table
 * (staff.scss, H5 at 1024 px and wider): title, details and, unless the list
 * is `staff__table--no-actions`, actions. A phone shows each row as a card and
 * needs no header, so the mini-program does not render it at all.
 */
export function StaffTableHead({ columns }: { columns: [string, string] | [string, string, string] }) {
  if (process.env.TARO_ENV !== 'h5') return null
  return (
    <View className='staff__thead' aria-hidden>
      {columns.map((c, i) => (
        <View key={i}>{c}</View>
      ))}
    </View>
  )
}
