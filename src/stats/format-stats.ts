/** Statistics as a terminal table, as Markdown (PR comments), and one article's comment. */
import type { ArticleStats } from './collect-stats.js'

const pct = (r: number | undefined) => (r === undefined ? '–' : `${(r <= 1 ? r * 100 : r).toFixed(1)}%`)

export function formatStatsPretty(rows: readonly ArticleStats[]): string {
  if (rows.length === 0) return 'No statistics yet (nothing sent before today).\n'
  const head = ['article', 'sent', 'reads', 'shares', 'likes', '在看', 'comments', 'saved', 'finished']
  const body = rows.map((r) => [r.slug, r.sentDate, r.read, r.share, r.like, r.zaikan, r.comments, r.collections, pct(r.finishRate)].map(String))
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(head), ...body.map(line)].join('\n') + '\n'
}

export function formatStatsMarkdown(rows: readonly ArticleStats[]): string {
  const lines = ['| Article | Sent | Reads | Shares | Likes | 在看 | Comments | Saved | Read to the end |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |']
  for (const r of rows) lines.push(`| ${r.url ? `[${r.title}](${r.url})` : r.title} | ${r.sentDate} | ${r.read} | ${r.share} | ${r.like} | ${r.zaikan} | ${r.comments} | ${r.collections} | ${pct(r.finishRate)} |`)
  return lines.join('\n') + '\n'
}

export const statsMarker = (slug: string) => `<!-- wxpress:stats:${slug} -->`

export function statsComment(row: ArticleStats): string {
  return [
    statsMarker(row.slug),
    `### 📊 WeChat statistics: ${row.title}`,
    '',
    `Sent ${row.sentDate}; cumulative up to ${row.statDate || 'yesterday'}.`,
    '',
    formatStatsMarkdown([row]),
    '_Posted by `wxpress stats --post`; this comment is updated on every run._',
    '',
  ].join('\n')
}
