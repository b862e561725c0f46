/**
 * GitHub Actions workflow-command reporter (annotations on the exact lines). Pure string function;
 * escaping follows @actions/core: data escapes `%`, CR, LF; properties also `:` and `,`.
 */
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { reportMessages } from '../i18n/messages/report.js'
import type { Diagnostic } from './diagnostic.js'

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One `::error file=…,line=…::message` line per diagnostic, errors first. */
export function reportGithub(diagnostics: readonly Diagnostic[], locale: Locale = 'en'): string {
  const rank = { error: 0, warning: 1, info: 2 }
  const sorted = [...diagnostics].sort((a, b) => rank[a.severity] - rank[b.severity])
  return sorted
    .map((d) => {
      const props: [string, string | number | undefined][] = [
        ['file', d.file],
        ['line', d.line],
        ['endLine', d.endLine],
        ['col', d.endLine === undefined || d.endLine === d.line ? d.column : undefined],
        ['endColumn', d.endLine === d.line ? d.endColumn : undefined],
        ['title', `${d.ruleId} (${d.source})`],
      ]
      const list = props
        .filter((p): p is [string, string | number] => p[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',')
      const body = d.hint
        ? `${d.message}\n${t(locale, reportMessages.msg.hint({ hint: d.hint }))}`
        : d.message
      return `::${COMMAND[d.severity]} ${list}::${escapeData(body)}\n`
    })
    .join('')
}
