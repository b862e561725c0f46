/**
 * Terminal reporter in vfile-reporter / ESLint layout: grouped by file, `line:col severity message
 * rule-id`, the hint under it, totals at the end. Colour only when asked for (TTY, no NO_COLOR).
 */
import pc from 'picocolors'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { reportMessages } from '../i18n/messages/report.js'
import type { Diagnostic, Severity } from './diagnostic.js'
import type { Summary } from './summarize.js'

const { msg } = reportMessages

export interface PrettyOptions {
  color?: boolean
  /** Hide infos (counts still shown), but those of the rule ids in `keep`. */
  quiet?: boolean | { keep: readonly string[] }
  /** Language of the severities, hints and totals (messages come already written in it). */
  locale?: Locale
  /**
   * Warnings and infos shown per rule and file (default: all; the CLI passes `PRETTY_PER_RULE`); the
   * rest are one line that counts them. Errors are always shown; the totals count everything.
   */
  perRule?: number
}

/** What the CLI's pretty output shows of one rule in one file before it only counts (json stays complete). */
export const PRETTY_PER_RULE = 20

/** The findings of one file to show, and how many of each rule were left out. */
function capFindings(list: readonly Diagnostic[], perRule: number) {
  const seen = new Map<string, number>()
  const hidden = new Map<string, number>()
  const kept: Diagnostic[] = []
  for (const d of list) {
    const n = d.severity === 'error' ? 0 : (seen.get(d.ruleId) ?? 0) + 1
    if (n > 0) seen.set(d.ruleId, n)
    if (n > perRule) hidden.set(d.ruleId, (hidden.get(d.ruleId) ?? 0) + 1)
    else kept.push(d)
  }
  return { kept, hidden }
}

/** A severity as the reports name it. */
export function severityName(severity: Severity, locale: Locale = 'en'): string {
  return t(
    locale,
    severity === 'error'
      ? msg.severityError()
      : severity === 'warning'
        ? msg.severityWarning()
        : msg.severityInfo(),
  )
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1
  return w
}

function place(d: Diagnostic): string {
  const start = `${d.line}:${d.column}`
  if (d.endLine === undefined) return start
  return d.endLine === d.line ? `${start}-${d.endColumn ?? ''}` : `${start}-${d.endLine}:${d.endColumn ?? ''}`
}

/** Renders diagnostics grouped by file, with a totals line. */
export function reportPretty(
  diagnostics: readonly Diagnostic[],
  summary: Summary,
  options: PrettyOptions = {},
): string {
  const c = pc.createColors(options.color === true)
  const locale = options.locale ?? 'en'
  const names = {
    error: severityName('error', locale),
    warning: severityName('warning', locale),
    info: severityName('info', locale),
  }
  const sevWidth = Math.max(...Object.values(names).map(width))
  const pad = (s: string) => s + ' '.repeat(sevWidth - width(s))
  const paint = { error: c.red, warning: c.yellow, info: c.blue }
  const severities = {
    error: paint.error(pad(names.error)),
    warning: paint.warning(pad(names.warning)),
    info: paint.info(pad(names.info)),
  }
  const keep = typeof options.quiet === 'object' ? options.quiet.keep : []
  const shown = options.quiet
    ? diagnostics.filter((d) => d.severity !== 'info' || keep.includes(d.ruleId))
    : diagnostics
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of shown) {
    const list = byFile.get(d.file)
    if (list) list.push(d)
    else byFile.set(d.file, [d])
  }
  // one string built as it goes (tens of thousands of findings: no array of lines to join)
  let out = ''
  const perRule = options.perRule ?? Number.POSITIVE_INFINITY
  for (const [file, all] of byFile) {
    const { kept: list, hidden } = capFindings(all, perRule)
    const places = list.map(place)
    const placeWidth = places.reduce((width, p) => Math.max(width, p.length), 0)
    const indent = `  ${' '.repeat(placeWidth)}  ${' '.repeat(sevWidth)}  `
    out += `${c.underline(file)}\n`
    for (let i = 0; i < list.length; i++) {
      const d = list[i]!
      out += `  ${places[i]!.padEnd(placeWidth)}  ${severities[d.severity]}  ${d.message}  ${c.dim(d.ruleId)}\n`
      if (d.hint) out += `${indent}${c.dim(t(locale, msg.hint({ hint: d.hint })))}\n`
    }
    for (const [rule, n] of hidden) out += `  ${c.dim(t(locale, msg.moreOfRule({ n, rule })))}\n`
    out += '\n'
  }
  const mark = summary.errors > 0 ? c.red('✖') : summary.warnings > 0 ? c.yellow('⚠') : c.green('✔')
  out += `${mark} ${t(locale, msg.totals({ errors: summary.errors, warnings: summary.warnings, infos: summary.infos, files: summary.files }))}\n`
  if (summary.fixable) out += `  ${t(locale, msg.fixable({ n: summary.fixable }))}\n`
  return out
}
