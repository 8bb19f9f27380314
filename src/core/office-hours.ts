/**
 * Office hours of the consultation hotline, written once in configuration as
 * `1-5 08:30-12:00,13:30-17:30; 6 09:00-12:00` (weekdays 1 = Monday .. 7 =
 * Sunday) and shared by the server and the mini-program, so "open now" stays
 * right on a phone that is offline.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

// China has one time zone and no daylight saving, so a fixed +08:00 offset is
// exact; the tz plugin would need Intl time-zone data that some phones lack.
const SHANGHAI_OFFSET_MINUTES = 8 * 60
const DAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

export interface Period {
  /** Minutes after midnight. */
  start: number
  end: number
}

export interface DayRule {
  days: number[]
  periods: Period[]
}

export type Schedule = DayRule[]

export class ScheduleError extends Error {}

function parseTime(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!m) throw new ScheduleError(`时间格式不对：${text}`)
  const minutes = Number(m[1]) * 60 + Number(m[2])
  if (Number(m[2]) > 59 || minutes > 24 * 60) throw new ScheduleError(`时间超出范围：${text}`)
  return minutes
}

function parseDays(text: string): number[] {
  const days = new Set<number>()
  for (const part of text.split(',')) {
    const m = /^([1-7])(?:-([1-7]))?$/.exec(part.trim())
    if (!m) throw new ScheduleError(`星期格式不对：${part}`)
    const from = Number(m[1])
    const to = Number(m[2] ?? m[1])
    if (to < from) throw new ScheduleError(`星期范围不对：${part}`)
    for (let d = from; d <= to; d++) days.add(d)
  }
  return [...days].sort((a, b) => a - b)
}

export function parseSchedule(spec: string): Schedule {
  const rules = spec
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((rule) => {
      const m = /^(\S+)\s+(.+)$/.exec(rule)
      if (!m) throw new ScheduleError(`办公时间格式不对：${rule}`)
      const periods = m[2].split(',').map((p) => {
        const [a, b] = p.split('-')
        if (b === undefined) throw new ScheduleError(`时段格式不对：${p}`)
        const period = { start: parseTime(a), end: parseTime(b) }
        if (period.end <= period.start) throw new ScheduleError(`结束时间要晚于开始时间：${p}`)
        return period
      })
      return { days: parseDays(m[1]), periods }
    })
  if (rules.length === 0) throw new ScheduleError('办公时间不能为空')
  return rules
}

function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}

function daysLabel(days: number[]): string {
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1)
  if (days.length > 2 && contiguous) return `${DAY_NAMES[days[0]]}至${DAY_NAMES[days[days.length - 1]]}`
  return days.map((d) => DAY_NAMES[d]).join('、')
}

/** "周一至周五 8:30-12:00、13:30-17:30" */
export function scheduleLabel(schedule: Schedule): string {
  return schedule.map((r) => `${daysLabel(r.days)} ${r.periods.map((p) => `${clock(p.start)}-${clock(p.end)}`).join('、')}`).join('；')
}

function localParts(now: Date): { day: number; minutes: number } {
  const t = dayjs(now).utcOffset(SHANGHAI_OFFSET_MINUTES)
  return { day: t.day() === 0 ? 7 : t.day(), minutes: t.hour() * 60 + t.minute() }
}

export function isOpen(schedule: Schedule, now: Date): boolean {
  const { day, minutes } = localParts(now)
  return schedule.some((r) => r.days.includes(day) && r.periods.some((p) => minutes >= p.start && minutes < p.end))
}

/** When the hotline next answers, as "今天 13:30", "明天 8:30" or "周一 8:30"; null if never. */
export function nextOpening(schedule: Schedule, now: Date): string | null {
  const { day, minutes } = localParts(now)
  for (let offset = 0; offset < 8; offset++) {
    const d = ((day - 1 + offset) % 7) + 1
    const starts = schedule
      .filter((r) => r.days.includes(d))
      .flatMap((r) => r.periods.map((p) => p.start))
      .filter((s) => offset > 0 || s > minutes)
      .sort((a, b) => a - b)
    if (starts.length > 0) {
      const when = offset === 0 ? '今天' : offset === 1 ? '明天' : DAY_NAMES[d]
      return `${when} ${clock(starts[0])}`
    }
  }
  return null
}
