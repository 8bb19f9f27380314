import { isOpen, nextOpening, parseSchedule, scheduleLabel, ScheduleError } from '../../src/core/office-hours'

// Instants are written in Beijing time (+08:00), as a resident would read a clock.
const at = (local: string) => new Date(`${local}+08:00`)
const weekdays = parseSchedule('1-5 08:30-12:00,13:30-17:30; 6 09:00-12:00')

describe('hotline office hours', () => {
  it('describes the hours in plain Chinese', () => {
    expect(scheduleLabel(weekdays)).toBe('周一至周五 8:30-12:00、13:30-17:30；周六 9:00-12:00')
  })

  it('is open inside a period and closed over lunch, at night and on Sunday', () => {
    expect(isOpen(weekdays, at('2026-11-30T08:30:00'))).toBe(true) // Monday, opening minute
    expect(isOpen(weekdays, at('2026-11-30T12:00:00'))).toBe(false) // lunch starts
    expect(isOpen(weekdays, at('2026-11-30T13:45:00'))).toBe(true)
    expect(isOpen(weekdays, at('2026-11-30T17:30:00'))).toBe(false)
    expect(isOpen(weekdays, at('2026-12-05T10:00:00'))).toBe(true) // Saturday morning
    expect(isOpen(weekdays, at('2026-12-06T10:00:00'))).toBe(false) // Sunday
  })

  it('uses Beijing time whatever the instant is written in', () => {
    // 01:00 UTC on Monday is 09:00 in Beijing.
    expect(isOpen(weekdays, new Date('2026-11-30T01:00:00Z'))).toBe(true)
  })

  it('says when the hotline next answers', () => {
    expect(nextOpening(weekdays, at('2026-11-30T07:00:00'))).toBe('今天 8:30')
    expect(nextOpening(weekdays, at('2026-11-30T12:10:00'))).toBe('今天 13:30')
    expect(nextOpening(weekdays, at('2026-12-04T18:00:00'))).toBe('明天 9:00') // Friday evening
    expect(nextOpening(weekdays, at('2026-12-05T12:30:00'))).toBe('周一 8:30') // Saturday afternoon
  })

  it('refuses malformed hours with a Chinese reason', () => {
    for (const bad of ['', '8 09:00-10:00', '1-5 9-17', '1-5 17:00-09:00', '5-1 09:00-10:00', '1 09:75-10:00']) {
      expect(() => parseSchedule(bad)).toThrow(ScheduleError)
    }
  })
})
