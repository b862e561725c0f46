/**
 * Plain-JSON records of VFile messages, so a stage's findings can be cached and replayed onto a
 * fresh VFile exactly as they were reported.
 */
import type { VFile } from '../core/vfile.js'
import type { VFileMessage } from 'vfile-message'
import type { Point } from 'unist'
import type { Message } from '../i18n/message.js'
import { report, severityOf, type Severity, type Stage, type WxMessage } from './diagnostic.js'

/**
 * A message as a compact JSON tuple (a cache holds tens of thousands of them, each parsed on every
 * unchanged run): `[severity, ruleId, source, message, place, hint, field, value, fix]`, trailing
 * absent parts left out (`0` for one in between). A message is stored as its catalogue id + params
 * when it has one (so a replayed finding is written in whatever locale the next run asks for), else
 * as its text; a place is `[line, column, offset]` or the six numbers of a start and an end (`null`
 * for an offset that is absent), a fix `[line, column, endLine, endColumn, text]`.
 */
export type MessageRecord = [
  severity: Severity,
  ruleId: string,
  source: string,
  message: string | Message,
  place?: (number | null)[] | 0,
  hint?: string | Message | 0,
  field?: string | 0,
  value?: string | 0,
  fix?: [number, number, number, number, string] | 0,
]

export function toRecord(message: VFileMessage): MessageRecord {
  const extra = message as WxMessage
  const place = message.place
  const fix = extra.fix
  const record: MessageRecord = [
    severityOf(message),
    message.ruleId ?? 'wxpress/unknown',
    message.source ?? 'wxpress',
    extra.i18n?.message ?? message.reason,
    !place ? 0 : 'start' in place ? [...point(place.start), ...point(place.end)] : point(place),
    message.note ? (extra.i18n?.hint ?? message.note) : 0,
    extra.field ?? 0,
    extra.value ?? 0,
    fix ? [fix.line, fix.column, fix.endLine, fix.endColumn, fix.text] : 0,
  ]
  while (record.length > 4 && record[record.length - 1] === 0) record.pop()
  return record
}

const point = (p: Point): (number | null)[] => [p.line, p.column, p.offset ?? null]

/** Records of the messages added to `file` since index `from`. */
export function recordsSince(file: VFile, from: number): MessageRecord[] {
  return file.messages.slice(from).map(toRecord)
}

/** Replays records onto `file` (a damaged record is skipped). */
export function replayRecords(file: VFile, records: readonly MessageRecord[]): void {
  for (const r of records) {
    if (!Array.isArray(r)) continue
    const [severity, ruleId, source, message, place, hint, field, value, fix] = r
    report(file, severity, ruleId, source as Stage, message, {
      place: place
        ? place.length > 3
          ? { start: toPoint(place, 0), end: toPoint(place, 3) }
          : toPoint(place, 0)
        : undefined,
      hint: hint || undefined,
      field: field === 0 ? undefined : field,
      value: value === 0 ? undefined : value,
      fix: fix
        ? { line: fix[0], column: fix[1], endLine: fix[2], endColumn: fix[3], text: fix[4] }
        : undefined,
    })
  }
}

function toPoint(numbers: readonly (number | null)[], at: number): Point {
  const offset = numbers[at + 2]
  const p: Point = { line: numbers[at]!, column: numbers[at + 1]! }
  if (typeof offset === 'number') p.offset = offset
  return p
}
