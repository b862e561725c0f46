/**
 * Terminal reporter in vfile-reporter / ESLint layout: grouped by file, `line:col severity message
 * rule-id`, the hint under it, totals at the end. Colour only when asked for (TTY, no NO_COLOR).
 */
import pc from 'picocolors'
import type { Diagnostic, Summary } from './diagnostic.js'

export interface PrettyOptions {
  color?: boolean
  /** Hide infos (counts still shown). */
  quiet?: boolean
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
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
  const paint = { error: c.red, warning: c.yellow, info: c.blue }
  const shown = options.quiet ? diagnostics.filter((d) => d.severity !== 'info') : diagnostics
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of shown) {
    const list = byFile.get(d.file)
    if (list) list.push(d)
    else byFile.set(d.file, [d])
  }
  const lines: string[] = []
  for (const [file, list] of byFile) {
    lines.push(c.underline(file))
    const placeWidth = list.reduce((width, d) => Math.max(width, place(d).length), 0)
    for (const d of list) {
      const sev = paint[d.severity](d.severity.padEnd(7))
      lines.push(`  ${place(d).padEnd(placeWidth)}  ${sev}  ${d.message}  ${c.dim(d.ruleId)}`)
      if (d.hint) lines.push(`  ${' '.repeat(placeWidth)}  ${' '.repeat(7)}  ${c.dim('hint: ' + d.hint)}`)
    }
    lines.push('')
  }
  const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')]
  if (summary.infos > 0) parts.push(plural(summary.infos, 'info'))
  const mark = summary.errors > 0 ? c.red('✖') : summary.warnings > 0 ? c.yellow('⚠') : c.green('✔')
  lines.push(`${mark} ${parts.join(', ')} in ${plural(summary.files, 'file')}`)
  return lines.join('\n') + '\n'
}
