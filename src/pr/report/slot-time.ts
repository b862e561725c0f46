/**
 * The slot of an article as a reviewer reads it: local wall time with its offset, UTC, and how far
 * away it is ("3 天后") from the report's clock.
 */
import { offsetLabel } from '../../core/date-time.js'

export interface SlotText {
  local: string
  utc: string
  relative: string
}

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/** The texts below as patterns: `SlotText.local`, `SlotText.utc` and `relativeZh`'s words. */
export const LOCAL_PATTERN = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2}（UTC(?:[+-]\d{1,2}(?::\d{2})?)?）`
export const UTC_PATTERN = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC`
export const RELATIVE_PATTERN = String.raw`(?:现在|\d+ (?:分钟|小时|天)[前后])`

/** "3 天后", "5 小时前", "现在"… for `ms` from now (positive = future). */
export function relativeZh(ms: number): string {
  const future = ms >= 0
  if (Math.abs(ms) < 60_000) return '现在'
  const minutes = Math.round(Math.abs(ms) / 60_000)
  const [n, unit] =
    minutes < 60
      ? [minutes, '分钟']
      : minutes < 48 * 60
        ? [Math.round(minutes / 60), '小时']
        : [Math.round(minutes / 1440), '天']
  return `${n} ${unit}${future ? '后' : '前'}`
}

/** The slot in three forms, or undefined when it is missing or not an ISO date-time with offset. */
export function slotText(slot: string | null | undefined, nowMs: number): SlotText | undefined {
  const m = slot ? ISO.exec(slot) : null
  if (!m || !slot) return undefined
  const ms = Date.parse(slot)
  if (Number.isNaN(ms)) return undefined
  const utc = new Date(ms).toISOString()
  return {
    local: `${m[1]} ${m[2]}（${offsetLabel(m[3]!)}）`,
    utc: `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`,
    relative: relativeZh(ms - nowMs),
  }
}
