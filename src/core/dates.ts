import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { beijingDayStart } from './campaign'

dayjs.extend(utc)

/** "2026年6月15日", in Beijing time whatever the phone's zone. */
export function formatDay(iso: string): string {
  return dayjs(iso)
    .utcOffset(8 * 60)
    .format('YYYY年M月D日')
}

/** "6月15日 14:05", for "saved at" notices. */
export function formatMoment(ms: number): string {
  return dayjs(ms)
    .utcOffset(8 * 60)
    .format('M月D日 HH:mm')
}

const PERIODS: [number, string][] = [
  [18, '晚上'],
  [12, '下午'],
  [6, '上午'],
  [0, '凌晨']
]

/**
 * A tip's time as people say it, in Beijing time: "今天上午", "昨天晚上",
 * "6月15日下午". Tip times are stored coarse on purpose (a tip to its day,
 * its messages to the hour), so the day alone ("今天", "6月15日") when that
 * is all there is, and never a minute that would look exact.
 */
export function formatRoughTime(iso: string, now: Date, precision: 'day' | 'hour'): string {
  const at = dayjs(iso).utcOffset(8 * 60)
  const today = dayjs(now)
    .utcOffset(8 * 60)
    .startOf('day')
  const days = today.diff(at.startOf('day'), 'day')
  const day = days === 0 ? '今天' : days === 1 ? '昨天' : at.year() === today.year() ? at.format('M月D日') : at.format('YYYY年M月D日')
  if (precision === 'day') return day
  return day + PERIODS.find(([from]) => at.hour() >= from)![1]
}

/** A filter by Beijing days as instants: from the first instant of `from` to the end of `to` (either may be left open). */
export function beijingDays(from?: string, to?: string): { start?: string; end?: string } {
  const dayStart = (day: string) => dayjs(beijingDayStart(day))
  return { start: from ? dayStart(from).toISOString() : undefined, end: to ? dayStart(to).add(1, 'day').toISOString() : undefined }
}
