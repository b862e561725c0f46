/**
 * Statistics as a terminal table, as a Markdown table, and as one article's PR comment (Chinese
 * labels). The comment holds nothing but the numbers (no "now"), so its text changes only when
 * they do and the poster can skip an unchanged comment.
 */
import type { ArticleStats } from './article-stats.js'
import { TRACKED_DAYS } from './article-stats.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { statsMessages as sm } from '../i18n/messages/stats.js'

const pct = (r: number | undefined) => (r === undefined ? '–' : `${(r * 100).toFixed(1)}%`)
const int = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const dayNumber = (r: ArticleStats) =>
  Math.round((Date.parse(`${r.statDate}T00:00:00Z`) - Date.parse(`${r.sentDate}T00:00:00Z`)) / 86_400_000) + 1

/** The table; without rows, why: nothing sent yet, or `unread` articles whose statistics failed. */
export function formatStatsPretty(rows: readonly ArticleStats[], locale: Locale = 'en', unread = 0): string {
  if (rows.length === 0)
    return `${t(locale, unread > 0 ? sm.msg.noRowsRead({ n: unread }) : sm.msg.noRows())}\n`
  const head = t(locale, sm.msg.tableHead()).split('|')
  const body = rows.map((r) =>
    [
      r.slug,
      r.sentDate,
      r.statDate,
      r.read,
      r.share,
      r.zaikan,
      r.like,
      r.comments,
      r.collections,
      r.follows,
      pct(r.finishRate),
      pct(r.shareRate),
    ].map(String),
  )
  const width = (s: string) =>
    [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))))
  const pad = (c: string, i: number) =>
    i < 3 ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd()
  return `${[line(head), ...body.map(line)].join('\n')}\n`
}

const TOTALS_HEAD = '| 阅读人数 | 分享人数 | 在看 | 点赞 | 留言 | 收藏 | 阅读后关注 | 完读率 | 分享率 |'
const totals = (r: ArticleStats) => {
  const counts = [r.read, r.share, r.zaikan, r.like, r.comments, r.collections, r.follows].map(int)
  return `| ${[...counts, pct(r.finishRate), pct(r.shareRate)].join(' | ')} |`
}

export function formatStatsMarkdown(rows: readonly ArticleStats[]): string {
  const lines = [`| 文章 | 发送日期 | 截至 ${TOTALS_HEAD}`, `| --- | --- | --- |${' ---: |'.repeat(9)}`]
  for (const r of rows)
    lines.push(`| ${r.url ? `[${r.title}](${r.url})` : r.title} | ${r.sentDate} | ${r.statDate} ${totals(r)}`)
  return `${lines.join('\n')}\n`
}

const BARS = '▁▂▃▄▅▆▇█'

/** New readers per day as a sparkline (one character a day). */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values)
  return values.map((v) => (max === 0 ? BARS[0] : BARS[Math.min(7, Math.round((v / max) * 7))])).join('')
}

export const statsMarker = (slug: string) => `<!-- wxpress:stats:${slug} -->`

export function statsComment(row: ArticleStats): string {
  const title = row.url ? `[${row.title}](${row.url})` : row.title
  const span = row.final
    ? `${TRACKED_DAYS} 天统计已结束，为最终数据`
    : `第 ${dayNumber(row)} 天，共统计 ${TRACKED_DAYS} 天`
  const trend = row.trend.map((d) => `| ${d.date} | ${int(d.newReads)} | ${int(d.read)} |`)
  return [
    statsMarker(row.slug),
    `### 📊 公众号数据：${title}`,
    '',
    `发送于 ${row.sentDate}，数据截至 ${row.statDate}（${span}）。`,
    '',
    TOTALS_HEAD,
    `|${' ---: |'.repeat(9)}`,
    totals(row),
    '',
    `每日新增阅读：\`${sparkline(row.trend.map((d) => d.newReads))}\``,
    '',
    `<details><summary>逐日数据（${row.trend.length} 天）</summary>`,
    '',
    '| 日期 | 新增阅读 | 累计阅读 |',
    '| --- | ---: | ---: |',
    ...trend,
    '',
    '</details>',
    '',
    '_阅读人数、分享人数等为微信公众平台统计的累计人数（T+1）；完读率由微信提供，分享率 = 分享人数 ÷ 阅读人数。由 `wxpress stats` 更新。_',
    '',
  ].join('\n')
}
