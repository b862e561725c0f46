/**
 * The small pieces every part of the sticky comment shares: links to a file or line at the head
 * commit, status icons, finding counts, an article's name and its slot as a reviewer reads them.
 */
import type { ReportArticle, ReportDiagnostic } from '../report-schema.js'
import { attr, inline, urlPath } from './escape-markdown.js'
import { slotText } from './slot-time.js'
import { realCounts } from '../cap-findings.js'

export interface Links {
  /** `{server}/{owner}/{repo}` */
  web: string
  headSha: string
  /** Check run page for "K more". */
  checkRunUrl?: string | undefined
}

export const STATUS_ICON = { ok: '✅', warning: '⚠️', error: '❌' } as const
export const SEVERITY_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

/** GitHub renders a Markdown blob, where `#L13` leads nowhere: `?plain=1` shows its lines (GitHub docs). */
const MARKDOWN_FILE = /\.(?:md|markdown|mdx|mdown|mkd|mkdn)$/i

/** The file at the head commit, or its line `line` (≥ 1), which a Markdown file shows with `?plain=1`. */
export const lineUrl = (links: Links, file: string, line: number) => {
  const anchor = line < 1 ? '' : `${MARKDOWN_FILE.test(file) ? '?plain=1' : ''}#L${line}`
  return attr(`${links.web}/blob/${links.headSha}/${urlPath(file)}${anchor}`)
}

/** "❌ 2 个错误 · ⚠️ 3 个警告 · ℹ️ 1 条提示", or "没有问题". */
export function countsText(findings: readonly ReportDiagnostic[]): string {
  // a `pr/findings-omitted` notice counts as the findings pr-check left out of the artifact
  const counts = realCounts(findings)
  const n = (s: 'error' | 'warning' | 'info') => counts[s]
  const parts = [
    n('error') && `❌ ${n('error')} 个错误`,
    n('warning') && `⚠️ ${n('warning')} 个警告`,
    n('info') && `ℹ️ ${n('info')} 条提示`,
  ].filter(Boolean)
  return parts.length ? parts.join(' · ') : '没有问题'
}

export const BROKEN_FRONTMATTER = 'front-matter 无法解析'

/**
 * 《title》, or the folder name marked as such when the article has no title, or when its front-matter
 * could not be read (then its title is unknown, not missing).
 */
export function titleOf(
  article: Pick<ReportArticle, 'title' | 'slug'> & { frontmatterBroken?: boolean | undefined },
  max: number,
): string {
  if (article.frontmatterBroken) return `${inline(article.slug, max)}（${BROKEN_FRONTMATTER}）`
  return article.title ? bookTitle(article.title, max) : `${inline(article.slug, max)}（无标题）`
}

/**
 * The slot as a reviewer reads it: local time and how far away (`long`: with UTC on a second line);
 * "无效（value）" when the written slot could not be read, "未定" only when there is none.
 */
export function slotCell(
  article: Pick<ReportArticle, 'slot'> & { frontmatterBroken?: boolean | undefined },
  findings: readonly ReportDiagnostic[],
  nowMs: number,
  long: boolean,
): string {
  const slot = slotText(article.slot, nowMs)
  if (slot)
    return long ? `${slot.local}<br>${slot.utc} · **${slot.relative}**` : `${slot.local} · ${slot.relative}`
  if (article.slot) return inline(article.slot, 64)
  if (article.frontmatterBroken) return `❓ 读不到（${BROKEN_FRONTMATTER}）`
  const invalid = findings.find((d) => d.field === 'slot' && d.severity === 'error')
  if (invalid) return `${SEVERITY_ICON.error} 无效${invalid.value ? `（${inline(invalid.value, 64)}）` : ''}`
  return '未定'
}

/** A title in 《》; a 《》 inside it becomes 〈〉, as a title within a title is written. */
export function bookTitle(title: string, max: number): string {
  return `《${inline(title.replace(/《/g, '〈').replace(/》/g, '〉'), max)}》`
}
