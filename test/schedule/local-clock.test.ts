// The local clock writes the usual dates itself: exactly what luxon's formatting writes.
import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { localClock } from '../../src/core/date-time.js'

const zones = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Chatham', 'Asia/Kolkata']
const instants = [
  Date.parse('2027-03-01T09:00:00+08:00'),
  Date.parse('2026-12-31T23:59:59.5Z'),
  Date.parse('2027-03-14T06:59:00Z'), // around a DST change in New York
  Date.parse('2027-03-14T07:00:00.001Z'),
  Date.parse('1999-01-04T00:00:00Z'),
  Date.parse('0999-06-01T00:00:00Z'), // three-digit year: luxon writes it
  Date.parse('9999-12-31T12:00:00Z'),
  ...Array.from(
    { length: 200 },
    (_, i) => Date.parse('2027-01-01T00:00:00Z') + i * 3_600_000 * 37 + i * 61_000,
  ),
]

describe('localClock', () => {
  it.each(zones)('writes what luxon writes in %s', (zone) => {
    const clock = localClock(zone)
    for (const ms of instants) {
      const dt = DateTime.fromMillis(ms, { zone, locale: 'en-US' })
      expect(clock.human(ms)).toBe(dt.toFormat('yyyy-LL-dd HH:mm ccc'))
      expect(clock.date(ms)).toBe(dt.toISODate())
      expect(clock.utcIso(ms)).toBe(
        `${dt.toUTC().toISO({ suppressMilliseconds: true, includeOffset: false })}Z`,
      )
    }
  })
})
