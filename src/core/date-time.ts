/**
 * The only `luxon` import: ISO-8601 slot parsing and time-zone arithmetic. Slots are compared as
 * instants (epoch milliseconds); local dates and clock times are always taken in the site zone.
 */
import { DateTime, IANAZone } from 'luxon'

/** Fixed, so that output (weekday names) does not depend on the machine; also spares a lookup per date. */
const locale = 'en-US'

export interface Slot {
  /** The text as written in the front-matter. */
  text: string
  /** The instant, epoch milliseconds. */
  epochMs: number
  /** Whether the text carried an offset (`Z`, `+08:00`); naive slots are read in the site zone. */
  hasOffset: boolean
  /** A naive time that does not exist in the zone (DST gap) and was moved forward. */
  shifted: boolean
}

export type SlotResult = { ok: true; slot: Slot } | { ok: false; reason: string }

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone)
}

/** Parses an ISO-8601 date-time; without an offset it is read in `zone`. Never guesses. */
export function parseSlot(text: string, zone: string): SlotResult {
  const trimmed = text.trim()
  const m = ISO.exec(trimmed)
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return { ok: false, reason: 'a date without a time of day' }
    return { ok: false, reason: 'not an ISO-8601 date-time' }
  }
  const [, y, mo, d, h, mi, s, frac, offset] = m
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s ?? 0),
    millisecond: frac ? Math.round(Number(`0.${frac}`) * 1000) : 0,
  }
  const offsetProblem = offset ? checkOffset(offset) : undefined
  if (offsetProblem) return { ok: false, reason: offsetProblem }
  let dt: DateTime
  if (offset) {
    const normalized = /^[zZ]$/.test(offset)
      ? 'UTC'
      : `UTC${offset.length === 3 ? `${offset}:00` : offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`
    dt = DateTime.fromObject(parts, { zone: normalized, locale })
  } else {
    dt = DateTime.fromObject(parts, { zone, locale })
  }
  if (!dt.isValid)
    return { ok: false, reason: 'not a real calendar date-time (check the month, day and hour)' }
  const shifted = !offset && (dt.hour !== parts.hour || dt.minute !== parts.minute || dt.day !== parts.day)
  return { ok: true, slot: { text, epochMs: dt.toMillis(), hasOffset: Boolean(offset), shifted } }
}

/**
 * Real UTC offsets run from −12:00 (Baker Island) to +14:00 (Kiribati), minutes below 60; anything
 * else (`+25:00`, `+08:75`) is a typo that would silently move the push by hours.
 */
export const OFFSET_RANGE = '-12:00 to +14:00'

function checkOffset(offset: string): string | undefined {
  if (/^[zZ]$/.test(offset)) return undefined
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)
  if (!m) return undefined
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? 0)
  const total = (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes)
  if (minutes < 60 && total >= -12 * 60 && total <= 14 * 60) return undefined
  return `a date-time with an impossible UTC offset \`${offset}\` (real offsets run from ${OFFSET_RANGE}, minutes below 60)`
}

/** `2027-04-15T20:00:00+08:00`: the instant in `zone`, with offset. */
export function formatLocalIso(epochMs: number, zone: string): string {
  return DateTime.fromMillis(epochMs, { zone, locale }).toISO({ suppressMilliseconds: true }) ?? ''
}

/** `2027-04-15T12:00:00Z`. */
/** An ISO offset as people write it: `Z` → `UTC`, `+08:00` → `UTC+8`, `+05:30` → `UTC+5:30`. */
export function offsetLabel(offset: string): string {
  if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') return 'UTC'
  const [h = '00', m = '00'] = offset.slice(1).split(':')
  return `UTC${offset[0]}${Number(h)}${m === '00' ? '' : `:${m}`}`
}

export function formatUtcIso(epochMs: number): string {
  return `${DateTime.fromMillis(epochMs, { zone: 'UTC', locale }).toISO({
    suppressMilliseconds: true,
    includeOffset: false,
  })}Z`
}

/** Local calendar date `YYYY-MM-DD` in `zone`. */
export function localDate(epochMs: number, zone: string): string {
  return DateTime.fromMillis(epochMs, { zone, locale }).toISODate() ?? ''
}

/** Local month `YYYY-MM` in `zone`. */
export function localMonth(epochMs: number, zone: string): string {
  return DateTime.fromMillis(epochMs, { zone, locale }).toFormat('yyyy-LL')
}

/** Minutes since local midnight in `zone`. */
export function localMinutes(epochMs: number, zone: string): number {
  const dt = DateTime.fromMillis(epochMs, { zone, locale })
  return dt.hour * 60 + dt.minute
}

const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** Local clock text with the weekday: `2026-12-20 20:00 Sun`, or `2026-12-20 20:00 周日` in Chinese. */
export function formatLocalHuman(epochMs: number, zone: string, lang: 'en' | 'zh-CN' = 'en'): string {
  const dt = DateTime.fromMillis(epochMs, { zone, locale })
  if (lang === 'zh-CN') return `${dt.toFormat('yyyy-LL-dd HH:mm')} ${ZH_WEEKDAYS[dt.weekday - 1]}`
  return dt.toFormat('yyyy-LL-dd HH:mm ccc')
}

/** The local-time functions above for one zone, sharing one luxon DateTime per instant (≈ 25 µs to build). */
export interface LocalClock {
  iso(epochMs: number): string
  utcIso(epochMs: number): string
  date(epochMs: number): string
  month(epochMs: number): string
  minutes(epochMs: number): number
  human(epochMs: number): string
}

export function localClock(zone: string): LocalClock {
  const made = new Map<number, DateTime>()
  const at = (epochMs: number) => {
    let dt = made.get(epochMs)
    if (!dt) made.set(epochMs, (dt = DateTime.fromMillis(epochMs, { zone, locale })))
    return dt
  }
  // luxon's formatting goes through its token parser on each call (≈ 40 µs): the usual four-digit
  // years are written here directly, digit for digit what luxon writes (`local-clock.test.ts`)
  return {
    iso: (ms) => at(ms).toISO({ suppressMilliseconds: true }) ?? '',
    utcIso: (ms) => {
      const text = new Date(ms).toISOString()
      if (text.length !== 24)
        return `${at(ms).toUTC().toISO({ suppressMilliseconds: true, includeOffset: false })}Z`
      return `${text.endsWith('.000Z') ? text.slice(0, 19) : text.slice(0, 23)}Z`
    },
    date: (ms) => {
      const dt = at(ms)
      return fourDigits(dt) ? ymd(dt) : (dt.toISODate() ?? '')
    },
    month: (ms) => at(ms).toFormat('yyyy-LL'),
    minutes: (ms) => at(ms).hour * 60 + at(ms).minute,
    human: (ms) => {
      const dt = at(ms)
      return fourDigits(dt)
        ? `${ymd(dt)} ${two(dt.hour)}:${two(dt.minute)} ${WEEKDAYS[dt.weekday - 1]}`
        : dt.toFormat('yyyy-LL-dd HH:mm ccc')
    },
  }
}

/** `ccc` in `en-US`. */
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const two = (n: number) => (n < 10 ? `0${n}` : String(n))
const fourDigits = (dt: DateTime) => dt.year >= 1000 && dt.year <= 9999
const ymd = (dt: DateTime) => `${dt.year}-${two(dt.month)}-${two(dt.day)}`

/** Parses a `--now` value: ISO with offset (or naive, read in `zone`). */
export function parseNow(text: string, zone: string): number | undefined {
  const r = parseSlot(text, zone)
  return r.ok ? r.slot.epochMs : undefined
}

/** Why a `--now` value is rejected (undefined: it is fine). */
export function nowProblem(text: string): string | undefined {
  const r = parseSlot(text, 'UTC')
  if (!r.ok) return r.reason
  return r.slot.hasOffset ? undefined : 'a date-time without an offset'
}
