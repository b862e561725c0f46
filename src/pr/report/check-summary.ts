/**
 * The summary text of the `wxpress` check run: counts, one line per article, and what the
 * annotations hold. Markdown, escaped like the comment.
 */
import type { PrReport } from '../report-schema.js'
import { STATUS_ICON, countsText, titleOf } from './comment-parts.js'
import { findingTotals, runLine } from './findings-where.js'

const MAX_ROWS = 200

export function checkSummary(report: PrReport): string {
  const all = report.check.diagnostics
  const lines = [
    `wxpress 检查了 ${report.articles.length} 篇文章（提交 ${report.pr.headSha.slice(0, 7)}）：${countsText(all)}。`,
    '',
    runLine(findingTotals(all)),
    '',
  ]
  const rows = report.articles.slice(0, MAX_ROWS).map((a) => {
    const n = all.filter((d) => d.file === a.file)
    const counts = n.length ? countsText(n) : '—'
    const changed = a.changed ? '有改动' : '未改动'
    return `| ${STATUS_ICON[a.status]} | ${titleOf(a, 80)} | ${changed} | ${counts} |`
  })
  if (rows.length) lines.push('| 状态 | 文章 | 改动 | 问题 |', '| --- | --- | --- | --- |', ...rows)
  if (report.articles.length > MAX_ROWS) lines.push('', `…还有 ${report.articles.length - MAX_ROWS} 篇。`)
  return lines.join('\n')
}
