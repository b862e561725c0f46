/**
 * Plain-JSON records of VFile messages, so a stage's findings can be cached and replayed onto a
 * fresh VFile exactly as they were reported.
 */
import type { VFile } from '../core/vfile.js'
import type { VFileMessage } from 'vfile-message'
import type { Point, Position } from 'unist'
import type { Message } from '../i18n/message.js'
import {
  report,
  severityOf,
  type DiagnosticFix,
  type Severity,
  type Stage,
  type WxMessage,
} from './diagnostic.js'

/**
 * A message is stored as its catalogue id + params when it has one (so a replayed finding is written
 * in whatever locale the next run asks for), else as its text.
 */
export interface MessageRecord {
  severity: Severity
  ruleId: string
  source: string
  message: string | Message
  place?: Point | Position
  hint?: string | Message
  field?: string
  value?: string
  fix?: DiagnosticFix
}

export function toRecord(message: VFileMessage): MessageRecord {
  const extra = message as WxMessage
  const record: MessageRecord = {
    severity: severityOf(message),
    ruleId: message.ruleId ?? 'wxpress/unknown',
    source: message.source ?? 'wxpress',
    message: extra.i18n?.message ?? message.reason,
  }
  if (message.place) record.place = message.place
  if (message.note) record.hint = extra.i18n?.hint ?? message.note
  if (extra.field !== undefined) record.field = extra.field
  if (extra.value !== undefined) record.value = extra.value
  if (extra.fix !== undefined) record.fix = extra.fix
  return record
}

/** Records of the messages added to `file` since index `from`. */
export function recordsSince(file: VFile, from: number): MessageRecord[] {
  return file.messages.slice(from).map(toRecord)
}

/** Replays records onto `file`. */
export function replayRecords(file: VFile, records: readonly MessageRecord[]): void {
  for (const r of records) {
    report(file, r.severity, r.ruleId, r.source as Stage, r.message, {
      place: r.place,
      hint: r.hint,
      field: r.field,
      value: r.value,
      fix: r.fix,
    })
  }
}
