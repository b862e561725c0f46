/**
 * The one diagnostic shape every stage reports in (DESIGN §3). Stages write `VFileMessage`s onto
 * an article's `VFile` through `report()`; the CLI turns them into `Diagnostic`s with `fromMessage()`.
 */
import type { VFile } from '../core/vfile.js'
import type { VFileMessage } from 'vfile-message'
import type { Point, Position } from 'unist'
import { renderText } from '../i18n/catalogue.js'
import { isMessage, type Message, type Text } from '../i18n/message.js'
import { addMessage } from './add-message.js'

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
  // a VFileMessage is an Error: `addMessage` makes one without constructing an Error (40,000
  // findings on a large site, replayed on every unchanged run)
  const msg = addMessage(file, renderText(message), options.place, ruleId, source) as WxMessage
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
