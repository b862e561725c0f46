/**
 * Plain-JSON records of VFile messages, so a stage's findings can be cached and replayed onto a
 * fresh VFile exactly as they were reported.
 */
import type { VFile } from '../core/vfile.js'
import type { VFileMessage } from 'vfile-message'
import type { Point } from 'unist'
import { renderText } from '../i18n/catalogue.js'
import { isMessage, type Locale, type Message } from '../i18n/message.js'
import { pendingOf, setPending } from './add-message.js'
import {
  quoteValue,
  report,
  severityOf,
  type Diagnostic,
  type Severity,
  type Stage,
  type WxMessage,
} from './diagnostic.js'

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

/**
 * Replays records onto `file` (a damaged record is skipped). They become messages when
 * `file.messages` is first read: a check that only reports them turns them into diagnostics
 * directly (`collectDiagnostics`, `fromRecord`), never building the tens of thousands of messages
 * of an unchanged run.
 */
export function replayRecords(file: VFile, records: readonly MessageRecord[]): void {
  let pending = pendingOf(file)
  if (!pending) {
    pending = { base: file.messages, entries: [] }
    setPending(file, pending)
    Object.defineProperty(file, 'messages', {
      configurable: true,
      enumerable: true,
      get: () => materialize(file),
      set: (messages: VFileMessage[]) => {
        materialize(file)
        file.messages = messages
      },
    })
  }
  for (const r of records) if (Array.isArray(r)) pending.entries.push(r)
}

/** Makes the pending records of `file` its messages, in order; `file.messages` is a plain array again. */
function materialize(file: VFile): VFileMessage[] {
  const pending = pendingOf(file)!
  setPending(file, undefined)
  const messages = pending.base
  Object.defineProperty(file, 'messages', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: messages,
  })
  for (const entry of pending.entries) {
    if (Array.isArray(entry)) replayRecord(file, entry as MessageRecord)
    else messages.push(entry as VFileMessage)
  }
  return messages
}

function replayRecord(file: VFile, r: MessageRecord): void {
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
    fix: fix ? { line: fix[0], column: fix[1], endLine: fix[2], endColumn: fix[3], text: fix[4] } : undefined,
  })
}

/**
 * The diagnostic of a record, written in `locale`: exactly `fromMessage` of the message it replays
 * as (`from-record.test.ts`), without making that message.
 */
export function fromRecord(r: MessageRecord, file: string, locale: Locale): Diagnostic {
  const [severity, ruleId, source, message, place, hint, field, value, fix] = r
  const at = place || undefined
  const diagnostic: Diagnostic = {
    file,
    line: Math.max(1, at?.[0] ?? 1),
    column: Math.max(1, at?.[1] ?? 1),
    severity: severity || 'info',
    ruleId: ruleId || 'wxpress/unknown',
    source: source || 'wxpress',
    message: locale !== 'en' && isMessage(message) ? renderText(message, locale) : renderText(message),
  }
  if (at && at.length > 3 && (at[3] !== at[0] || at[4] !== at[1])) {
    diagnostic.endLine = at[3] as number
    diagnostic.endColumn = at[4] as number
  }
  if (hint) {
    const note = renderText(hint)
    if (note) diagnostic.hint = locale !== 'en' && isMessage(hint) ? renderText(hint, locale, note) : note
  }
  if (field !== 0 && field !== undefined) diagnostic.field = field
  const quoted = quoteValue(value === 0 ? undefined : value)
  if (quoted !== undefined) diagnostic.value = quoted
  if (fix) diagnostic.fix = { line: fix[0], column: fix[1], endLine: fix[2], endColumn: fix[3], text: fix[4] }
  return diagnostic
}

function toPoint(numbers: readonly (number | null)[], at: number): Point {
  const offset = numbers[at + 2]
  const p: Point = { line: numbers[at]!, column: numbers[at + 1]! }
  if (typeof offset === 'number') p.offset = offset
  return p
}
