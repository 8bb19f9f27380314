import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { say, sayError } from '../../../services/feedback'
import type { StaffSession } from '../../../services/staff-session'
import { setHiddenInTown, type HideableKind } from '../api/town-office'

/**
 * Whether an item (its town: null for the district's) is the district's and
 * the signed-in account a town's: then the page shows it to read only, as
 * the server refuses a town's change to what every town shows.
 */
export const isDistrictItemFor = (session: StaffSession, itemTown: string | null | undefined): boolean => !!session.town && itemTown === null

/**
 * Beside a district item in a town account's lists: whose it is, that the
 * town can only read it, and whether the town's residents see it, with the
 * switch. Nothing for the district's people or the town's own items.
 */
export function DistrictItem({ session, kind, item, onChanged }: { session: StaffSession; kind: HideableKind; item: { id: string; town: string | null; hidden: boolean }; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  if (!isDistrictItemFor(session, item.town)) return null
  const toggle = async () => {
    setBusy(true)
    try {
      await setHiddenInTown(kind, item.id, !item.hidden)
      say(item.hidden ? '本镇（街道）的居民又能看到了' : '本镇（街道）的居民不再看到它')
      onChanged()
    } catch (err) {
      sayError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='staff__row district-item' onClick={(e) => e.stopPropagation()}>
      <View className='staff__district-mark'>{item.hidden ? '区里发布 · 本镇不显示' : '区里发布 · 只能看'}</View>
      <Button className='district-item__toggle' size='small' fill='outline' loading={busy} onClick={() => void toggle()}>
        {item.hidden ? '恢复显示' : '本镇不显示'}
      </Button>
    </View>
  )
}
