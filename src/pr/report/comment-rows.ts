/**
 * The compact rows of the sticky comment (status, article, slot, findings) and the phone previews of a
 * theme or config PR, where no article changed but every one was checked. Each article is listed once:
 * the previewed ones in the preview block, the others in the table after it.
 */
import type { ReportArticle, ReportDiagnostic } from '../report-schema.js'
import { attr } from './escape-markdown.js'
import type { ArticleImages } from './comment-article.js'
import { countsText, lineUrl, slotCell, STATUS_ICON, titleOf, type Links } from './comment-parts.js'

/** Phone previews shown when no article changed but all were checked (a theme or config PR). */
export const THEME_PREVIEWS = 2

export const ROWS_HEAD = ['| 状态 | 文章 | 发送时间 | 问题 |', '| --- | --- | --- | --- |']

/** A row of a compact table. */
export function compactRow(
  article: ReportArticle,
  findings: readonly ReportDiagnostic[],
  links: Links,
  nowMs: number,
): string {
  const when = slotCell(article, findings, nowMs, false)
  const counts = findings.length ? countsText(findings) : '—'
  const link = `[${titleOf(article, 60)}](${lineUrl(links, article.file, 0)})`
  return `| ${STATUS_ICON[article.status]} | ${link} | ${when} | ${counts} |`
}

/**
 * The phone screenshots of the first `THEME_PREVIEWS` articles that have one, side by side, after their
 * rows: a theme or config change shows on every article, so reviewers see it without opening the
 * artifact. `shown`: the slugs previewed (the table of the others leaves them out).
 */
export function themePreviews(
  articles: readonly ReportArticle[],
  images: ReadonlyMap<string, ArticleImages>,
  row: (article: ReportArticle) => string,
): { lines: string[]; shown: Set<string> } {
  const picked = articles
    .filter((a) => images.get(a.slug)?.screenshot && !a.frontmatterBroken)
    .slice(0, THEME_PREVIEWS)
  if (picked.length === 0) return { lines: [], shown: new Set() }
  const shots = picked.map(
    (a) =>
      `<img src="${attr(images.get(a.slug)!.screenshot!)}" width="320" alt="${titleOf(a, 60)}的手机预览">`,
  )
  const summary = `📱 手机预览（本次改动影响每篇文章，这里展示 ${picked.length} 篇，从左到右）`
  const lines = [`<details open><summary>${summary}</summary>`, '', ...ROWS_HEAD, ...picked.map(row), '']
  lines.push(shots.join(' '), '', '</details>', '')
  return { lines, shown: new Set(picked.map((a) => a.slug)) }
}
