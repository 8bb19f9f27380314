import { isStreak, learnedAt, streakDays, type Streak } from '../../src/core/streak'

// Every time written with its zone: the phone's own zone must not matter, only Beijing's day.
const at = (iso: string) => new Date(iso)
const learnAll = (times: string[]): Streak | null => times.reduce<Streak | null>((s, t) => learnedAt(s, at(t)), null)

describe('days learned in a row', () => {
  it('starts at one, and counts a day once however often the resident learns that day', () => {
    const s = learnAll(['2026-06-15T08:00:00+08:00', '2026-06-15T12:30:00+08:00', '2026-06-15T23:59:00+08:00'])
    expect(s).toEqual({ last: '2026-06-15', days: 1 })
    expect(streakDays(s, at('2026-06-15T23:59:30+08:00'))).toBe(1)
  })

  it('adds a day for each following day', () => {
    const s = learnAll(['2026-06-13T20:00:00+08:00', '2026-06-14T07:00:00+08:00', '2026-06-15T21:00:00+08:00'])
    expect(s).toEqual({ last: '2026-06-15', days: 3 })
  })

  it('still stands the day after, before the resident has learned anything yet; gone once a whole day is missed', () => {
    const s = learnAll(['2026-06-14T09:00:00+08:00', '2026-06-15T09:00:00+08:00'])
    expect(streakDays(s, at('2026-06-16T22:00:00+08:00'))).toBe(2)
    expect(streakDays(s, at('2026-06-17T00:00:00+08:00'))).toBe(0)
    expect(streakDays(null, at('2026-06-17T00:00:00+08:00'))).toBe(0)
  })

  it('starts again from one after a gap', () => {
    const s = learnAll(['2026-06-10T09:00:00+08:00', '2026-06-11T09:00:00+08:00', '2026-06-13T09:00:00+08:00'])
    expect(s).toEqual({ last: '2026-06-13', days: 1 })
  })

  it('goes by Beijing midnight, not the phone zone or UTC', () => {
    // 23:30 and 00:30 Beijing are the same UTC day (15:30Z, 16:30Z) but two Beijing days.
    const s = learnAll(['2026-06-14T15:30:00Z', '2026-06-14T16:30:00Z'])
    expect(s).toEqual({ last: '2026-06-15', days: 2 })
    // 08:00 and 23:00 in New York on one day are two Beijing days; 01:00 and 07:00 New York the next day stay one.
    expect(learnAll(['2026-06-14T08:00:00-04:00', '2026-06-14T23:00:00-04:00'])).toEqual({ last: '2026-06-15', days: 2 })
    expect(learnAll(['2026-06-15T01:00:00-04:00', '2026-06-15T07:00:00-04:00'])).toEqual({ last: '2026-06-15', days: 1 })
  })

  it('crosses the end of a month and a leap day', () => {
    expect(learnAll(['2028-02-28T10:00:00+08:00', '2028-02-29T10:00:00+08:00', '2028-03-01T10:00:00+08:00'])).toEqual({ last: '2028-03-01', days: 3 })
    expect(learnAll(['2026-02-28T10:00:00+08:00', '2026-03-01T10:00:00+08:00'])).toEqual({ last: '2026-03-01', days: 2 })
  })

  it('a phone clock set back neither counts nor loses anything', () => {
    const s: Streak = { last: '2026-06-15', days: 4 }
    expect(learnedAt(s, at('2026-06-12T10:00:00+08:00'))).toBe(s)
    expect(streakDays(s, at('2026-06-12T10:00:00+08:00'))).toBe(4)
  })

  it('takes only what it wrote back from storage', () => {
    expect(isStreak({ last: '2026-06-15', days: 2 })).toBe(true)
    for (const v of ['', null, 3, { last: '2026-06-15' }, { last: 'yesterday', days: 2 }, { last: '2026-06-15', days: 0 }, { last: '2026-06-15', days: 1.5 }]) expect(isStreak(v)).toBe(false)
  })
})
