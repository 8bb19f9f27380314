import { beijingDays, formatRoughTime } from '../../src/core/dates'

describe('formatRoughTime', () => {
  // 2026-06-15 10:37 in Beijing, whatever the phone's own zone.
  const now = new Date('2026-06-15T10:37:00+08:00')

  it('says the day and the part of it, as people do, for times kept to the hour', () => {
    expect(formatRoughTime('2026-06-15T02:00:00.000Z', now, 'hour')).toBe('今天上午')
    expect(formatRoughTime('2026-06-14T16:00:00.000Z', now, 'hour')).toBe('今天凌晨')
    expect(formatRoughTime('2026-06-14T12:00:00.000Z', now, 'hour')).toBe('昨天晚上')
    expect(formatRoughTime('2026-06-14T05:00:00.000Z', now, 'hour')).toBe('昨天下午')
    expect(formatRoughTime('2026-06-01T01:00:00.000Z', now, 'hour')).toBe('6月1日上午')
    expect(formatRoughTime('2025-12-31T11:00:00.000Z', now, 'hour')).toBe('2025年12月31日晚上')
  })

  it('says only the day for a tip kept to its day', () => {
    expect(formatRoughTime('2026-06-14T16:00:00.000Z', now, 'day')).toBe('今天')
    expect(formatRoughTime('2026-06-13T16:00:00.000Z', now, 'day')).toBe('昨天')
    expect(formatRoughTime('2026-05-31T16:00:00.000Z', now, 'day')).toBe('6月1日')
  })
})

describe('beijingDays', () => {
  it('covers whole Beijing days: from 16:00 UTC the day before to 16:00 UTC on the last day', () => {
    expect(beijingDays('2026-06-01', '2026-06-30')).toEqual({ start: '2026-05-31T16:00:00.000Z', end: '2026-06-30T16:00:00.000Z' })
  })

  it('leaves an open end open', () => {
    expect(beijingDays(undefined, '2026-01-01')).toEqual({ start: undefined, end: '2026-01-01T16:00:00.000Z' })
    expect(beijingDays('2026-12-31')).toEqual({ start: '2026-12-30T16:00:00.000Z', end: undefined })
  })
})
