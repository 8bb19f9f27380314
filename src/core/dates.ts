import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** "2026年6月15日", in Beijing time whatever the phone's zone. */
export function formatDay(iso: string): string {
  return dayjs(iso).utcOffset(8 * 60).format('YYYY年M月D日')
}

/** "6月15日 14:05", for "saved at" notices. */
export function formatMoment(ms: number): string {
  return dayjs(ms).utcOffset(8 * 60).format('M月D日 HH:mm')
}
