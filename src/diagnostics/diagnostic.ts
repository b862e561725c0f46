/**
 * The one diagnostic shape every stage reports in (DESIGN §3). Stages write `VFileMessage`s onto
 * an article's `VFile` through `report()`; the CLI turns them into `Diagnostic`s with `fromMessage()`.
 */
import type { VFile } from '../core/vfile.js'
import type { VFileMessage } from 'vfile-message'
import type { Point, Position } from 'unist'
import { renderText } from '../i18n/catalogue.js'
import { isMessage, type Locale, type Message, type Text } from '../i18n/message.js'

export type Severity = 'error' | 'warning' | 'info'

/** Stage that produced a diagnostic; becomes `source`. */
export type Stage =
  | 'config'
  | 'content'
  | 'lint'
  | 'render'
  | 'theme'
  | 'schedule'
  | 'publish'
  | 'stats'
  | 'github'

export interface Diagnostic {
  /** Site-relative path with `/` separators. */
  file: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  severity: Severity
  /** Namespaced kebab-case id such as `frontmatter/max-length`. */
  ruleId: string
  source: string
  message: string
  hint?: string
  /** Front-matter key the diagnostic is about. */
  field?: string
  /** The offending value, as written. */
  value?: string
  /** A safe fix: replace that range (1-based, end exclusive) with `text`. */
  fix?: DiagnosticFix
}

export interface DiagnosticFix {
  line: number
  column: number
  endLine: number
  endColumn: number
  text: string
}

export interface ReportOptions {
  /** Where: a point or a start/end position (1-based lines and columns). */
  place?: Point | Position | undefined
  /** Plain English text, or a catalogue message (written in the report's locale). */
  hint?: Text | undefined
  field?: string | undefined
  value?: unknown
  fix?: DiagnosticFix | undefined
}

/** Extra fields we hang on a `VFileMessage`. */
export interface WxMessage extends VFileMessage {
  severity?: Severity
  field?: string
  value?: string
  fix?: DiagnosticFix
  /** The catalogue messages behind `reason` and `note`, to write them in another locale. */
  i18n?: { message?: Message; hint?: Message }
}

/** Turns any offending value into the short text quoted in a diagnostic. */
export function quoteValue(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string') return value
  if (value instanceof Date) return value.toISOString()
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/**
 * Reports one finding on `file`. Never throws: `fatal` is `true` for errors, `false` for warnings
 * and `undefined` for infos, as vfile defines it.
 */
export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  source: Stage,
  message: Text,
  options: ReportOptions = {},
): VFileMessage {
  // `reason` and `note` hold the English text (what code and logs read); the catalogue message
  // rides along, so `fromMessage` can write it in another locale
  const msg = file.message(renderText(message), { place: options.place, ruleId, source }) as WxMessage
  msg.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  msg.severity = severity
  if (options.hint !== undefined) msg.note = renderText(options.hint)
  if (isMessage(message) || isMessage(options.hint)) {
    msg.i18n = {}
    if (isMessage(message)) msg.i18n.message = message
    if (isMessage(options.hint)) msg.i18n.hint = options.hint
  }
  if (options.field !== undefined) msg.field = options.field
  const value = quoteValue(options.value)
  if (value !== undefined) msg.value = value
  if (options.fix) msg.fix = options.fix
  return msg
}

/** Severity of a message, from our own stamp or vfile's tri-state `fatal`. */
export function severityOf(message: VFileMessage): Severity {
  const own = (message as WxMessage).severity
  if (own) return own
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

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
    message: wx.i18n?.message ? renderText(wx.i18n.message, locale, message.reason) : message.reason,
  }
  if (end && (end.line !== start?.line || end.column !== start.column)) {
    diagnostic.endLine = end.line
    diagnostic.endColumn = end.column
  }
  if (message.note)
    diagnostic.hint = wx.i18n?.hint ? renderText(wx.i18n.hint, locale, message.note) : message.note
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

/** Diagnostics of a set of files, sorted, written in `locale`. */
export function collectDiagnostics(
  files: Iterable<{ file: VFile; path: string }>,
  locale: Locale = 'en',
): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const { file, path } of files) {
    for (const message of file.messages) out.push(fromMessage(message, path, locale))
  }
  return out.sort(compareDiagnostics)
}

export interface Summary {
  files: number
  errors: number
  warnings: number
  infos: number
  /** Findings with a safe fix (what `check --fix` would change). */
  fixable: number
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixable = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else if (d.severity === 'warning') warnings++
    else infos++
    if (d.fix) fixable++
  }
  return { files, errors, warnings, infos, fixable }
}
