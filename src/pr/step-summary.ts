/** The short job summary of `pr-check` (GitHub's `GITHUB_STEP_SUMMARY`): counts and each article's status. */
import type { PrReport } from './report-schema.js'

const ICON = { ok: '✅', warning: '⚠️', error: '❌' } as const

/** Markdown table cells: no pipes or line breaks from titles. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')

export function stepSummary(report: PrReport, screenshots: string | undefined): string {
  const { summary } = report.check
  const counts = `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} info(s)`
  const lines = ['## wxpress pr-check', '', `${report.articles.length} article(s) checked: ${counts}.`]
  if (report.scope.reason) lines.push('', report.scope.reason)
  if (screenshots) lines.push('', `Screenshots skipped: ${screenshots}`)
  if (report.articles.length > 0) {
    lines.push('', '| | article | file | changed |', '| --- | --- | --- | --- |')
    for (const a of report.articles)
      lines.push(`| ${ICON[a.status]} | ${cell(a.title)} | \`${cell(a.file)}\` | ${a.changed ? 'yes' : ''} |`)
  }
  return lines.join('\n') + '\n'
}
