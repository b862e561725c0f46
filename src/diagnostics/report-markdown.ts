/**
 * Markdown reporter for PR comments and job summaries: one table per file, every finding.
 */
import type { Diagnostic, Summary } from './diagnostic.js'

const ICON = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' } as const

/** Escapes text for a Markdown table cell. */
export function escapeCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, '<br>')
}

export function reportMarkdown(diagnostics: readonly Diagnostic[], summary: Summary): string {
  const head = `**wxpress check**: ${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info(s) in ${summary.files} file(s)`
  if (diagnostics.length === 0) return `${head} ✅\n`
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d])
  const parts = [head, '']
  for (const [file, list] of byFile) {
    parts.push(`#### \`${file}\``, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |')
    for (const d of list) {
      const msg = escapeCell(d.message) + (d.hint ? `<br>_${escapeCell(d.hint)}_` : '')
      parts.push(`| ${d.line}:${d.column} | ${ICON[d.severity]} | \`${d.ruleId}\` | ${msg} |`)
    }
    parts.push('')
  }
  return parts.join('\n')
}
