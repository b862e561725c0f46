// localClock shares one DateTime per instant: it must give exactly what the standalone functions give.
import { describe, expect, it } from 'vitest'
import {
  formatLocalHuman,
  formatLocalIso,
  formatUtcIso,
  localClock,
  localDate,
  localMinutes,
  localMonth,
} from '../../src/core/date-time.js'

describe('localClock', () => {
  it('agrees with the standalone local-time functions, across zones and a DST change', () => {
    const texts = [
      '2027-03-02T12:00:00Z',
      '2027-03-14T06:59:59Z',
      '2027-03-14T07:00:00Z',
      '2026-12-31T16:30:00Z',
    ]
    const instants = texts.map(Date.parse)
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'UTC']) {
      const clock = localClock(zone)
      for (const ms of [...instants, ...instants]) {
        const shared = [
          clock.iso(ms),
          clock.utcIso(ms),
          clock.date(ms),
          clock.month(ms),
          clock.minutes(ms),
          clock.human(ms),
        ]
        expect(shared).toEqual([
          formatLocalIso(ms, zone),
          formatUtcIso(ms),
          localDate(ms, zone),
          localMonth(ms, zone),
          localMinutes(ms, zone),
          formatLocalHuman(ms, zone),
        ])
      }
    }
  })
})

describe('formatLocalHuman', () => {
  it('names the weekday in the reader’s language (a zh-CN site shows 周日, not Sun)', () => {
    const ms = Date.parse('2026-12-20T12:00:00Z')
    expect(formatLocalHuman(ms, 'Asia/Shanghai')).toBe('2026-12-20 20:00 Sun')
    expect(formatLocalHuman(ms, 'Asia/Shanghai', 'zh-CN')).toBe('2026-12-20 20:00 周日')
    expect(formatLocalHuman(ms + 86_400_000, 'Asia/Shanghai', 'zh-CN')).toBe('2026-12-21 20:00 周一')
  })
})

describe('localClock (dates written without luxon)', () => {
  // the clock writes four-digit years itself: digit for digit what luxon writes, across zones, DST
  // changes, milliseconds and the years it leaves to luxon
  const zones = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Chatham', 'Asia/Kolkata']
  const instants = [
    Date.parse('2027-03-01T09:00:00+08:00'),
    Date.parse('2026-12-31T23:59:59.5Z'),
    Date.parse('2027-03-14T06:59:00Z'),
    Date.parse('2027-03-14T07:00:00.001Z'),
    Date.parse('1999-01-04T00:00:00Z'),
    Date.parse('0999-06-01T00:00:00Z'),
    Date.parse('9999-12-31T12:00:00Z'),
    ...Array.from(
      { length: 200 },
      (_, i) => Date.parse('2027-01-01T00:00:00Z') + i * 3_600_000 * 37 + i * 61_000,
    ),
  ]
  it.each(zones)('writes what luxon writes in %s', (zone) => {
    const clock = localClock(zone)
    for (const ms of instants) {
      expect(clock.human(ms)).toBe(formatLocalHuman(ms, zone))
      expect(clock.date(ms)).toBe(localDate(ms, zone))
      expect(clock.utcIso(ms)).toBe(formatUtcIso(ms))
    }
  })
})
