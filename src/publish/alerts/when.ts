/** How alerts write times: Chinese month/day, the site zone's offset, and UTC (plain functions). */
import { formatLocalIso, formatUtcIso, offsetLabel } from '../../core/date-time.js'

export interface LocalTime {
  /** `3 月 1 日 20:00` */
  short: string
  /** `2027-03-01 20:00（UTC+8）`, as the PR comment writes it */
  full: string
  /** `2027-03-01T12:00:00Z` */
  utc: string
}

export function localTime(epochMs: number, zone: string): LocalTime {
  const iso = formatLocalIso(epochMs, zone)
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso)
  const utc = formatUtcIso(epochMs)
  if (!m) return { short: iso, full: iso, utc }
  const [, year, month, day, hm, offset] = m
  return {
    short: `${Number(month)} 月 ${Number(day)} 日 ${hm}`,
    full: `${year}-${month}-${day} ${hm}（${offsetLabel(offset!)}）`,
    utc,
  }
}

/** `准时`, or `晚了 12 分钟` / `晚了 1 小时 5 分钟`. */
export function lateness(minutes: number): string {
  if (minutes <= 0) return '准时'
  if (minutes < 60) return `晚了 ${minutes} 分钟`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `晚了 ${h} 小时${m ? ` ${m} 分钟` : ''}`
}
