import { View } from '@tarojs/components'
import { isDistrictItemFor, type StaffSession } from '../../../services/staff-session'

/** Beside a district item in a town account's lists: whose it is, and that it can only be read. */
export function DistrictMark({ session, town }: { session: StaffSession; town: string | null | undefined }) {
  return isDistrictItemFor(session, town) ? <View className='staff__district-mark'>区里发布 · 只能看</View> : null
}
