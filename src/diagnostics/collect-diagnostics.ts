/** Turns the `VFileMessage`s stages wrote into sorted `Diagnostic`s, written in a locale. */
import type { VFile } from '../core/vfile.js'
import type { VFileMessage } from 'vfile-message'
import { renderText } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { pendingOf } from './add-message.js'
import { severityOf, type Diagnostic, type Severity, type WxMessage } from './diagnostic.js'
import { fromRecord, type MessageRecord } from './message-records.js'

/** Converts a `VFileMessage` into a `Diagnostic` for `file` (site-relative path), written in `locale`. */
export function fromMessage(message: VFileMessage, file: string, locale: Locale = 'en'): Diagnostic {
  const wx = message as WxMessage
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const diagnostic: Diagnostic = {
    file,
    line: Math.max(1, start?.line ?? 1),
    column: Math.max(1, start?.column ?? 1),
    severity: severityOf(message),
    ruleId: message.ruleId ?? 'wxpress/unknown',
    source: message.source ?? 'wxpress',
    // `reason` and `note` are the English texts already (`report`)
    message:
      wx.i18n?.message && locale !== 'en'
        ? renderText(wx.i18n.message, locale, message.reason)
        : message.reason,
  }
  if (end && (end.line !== start?.line || end.column !== start.column)) {
    diagnostic.endLine = end.line
    diagnostic.endColumn = end.column
  }
  if (message.note)
    diagnostic.hint =
      wx.i18n?.hint && locale !== 'en' ? renderText(wx.i18n.hint, locale, message.note) : message.note
  if (wx.field !== undefined) diagnostic.field = wx.field
  if (wx.value !== undefined) diagnostic.value = wx.value
  if (wx.fix) diagnostic.fix = wx.fix
  return diagnostic
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Stable order: file, line, column, severity, rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    ORDER[a.severity] - ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}

/** Diagnostics of a set of files (those `keep` keeps, by source and severity), sorted, written in `locale`. */
export function collectDiagnostics(
  files: Iterable<{ file: VFile; path: string }>,
  locale: Locale = 'en',
  keep?: (source: string | undefined, severity: Severity) => boolean,
): Diagnostic[] {
  const out: Diagnostic[] = []
  const add = (message: VFileMessage, path: string) => {
    if (!keep || keep(message.source, severityOf(message))) out.push(fromMessage(message, path, locale))
  }
  for (const { file, path } of files) {
    // findings replayed from the cache are read as they are, not made into messages first
    const pending = pendingOf(file)
    for (const message of pending ? pending.base : file.messages) add(message, path)
    for (const entry of pending?.entries ?? []) {
      if (!Array.isArray(entry)) add(entry as VFileMessage, path)
      else {
        const record = entry as MessageRecord
        if (!keep || keep(record[2] || undefined, record[0] || 'info'))
          out.push(fromRecord(record, path, locale))
      }
    }
  }
  return out.sort(compareDiagnostics)
}
