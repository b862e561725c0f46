/**
 * Pieces of the sticky comment for one article: its section (facts a reviewer decides from, cover,
 * phone screenshot, findings in `<details>` with links to the line at the head commit) and its row in
 * the compact table of unchanged articles. Every artifact string goes through `inline`.
 */
import type { ReportArticle, ReportDiagnostic } from '../report-schema.js'
import { attr, inline, inlineWithCode, urlPath } from './escape-markdown.js'
import { listed, type FindingLimit } from './comment-budget.js'
import { slotText } from './slot-time.js'
import { OMITTED_RULE, omittedCounts } from '../cap-findings.js'
import { t } from '../../i18n/catalogue.js'
import { reportMessages } from '../../i18n/messages/report.js'

export interface Links {
  /** `{server}/{owner}/{repo}` */
  web: string
  headSha: string
  /** Check run page for "K more". */
  checkRunUrl?: string | undefined
}

export const STATUS_ICON = { ok: '✅', warning: '⚠️', error: '❌' } as const
const SEVERITY_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

/** GitHub renders a Markdown blob, where `#L13` leads nowhere: `?plain=1` shows its lines (GitHub docs). */
const MARKDOWN_FILE = /\.(?:md|markdown|mdx|mdown|mkd|mkdn)$/i

/** The file at the head commit, or its line `line` (≥ 1), which a Markdown file shows with `?plain=1`. */
export const lineUrl = (links: Links, file: string, line: number) => {
  const anchor = line < 1 ? '' : `${MARKDOWN_FILE.test(file) ? '?plain=1' : ''}#L${line}`
  return attr(`${links.web}/blob/${links.headSha}/${urlPath(file)}${anchor}`)
}

const thousands = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** "❌ 2 个错误 · ⚠️ 3 个警告 · ℹ️ 1 条提示", or "没有问题". */
export function countsText(findings: readonly ReportDiagnostic[]): string {
  // a `pr/findings-omitted` notice counts as the findings pr-check left out of the artifact
  const n = (s: 'error' | 'warning' | 'info') =>
    findings.reduce(
      (sum, d) => sum + (d.ruleId === OMITTED_RULE ? omittedCounts(d)[s] : d.severity === s ? 1 : 0),
      0,
    )
  const parts = [
    n('error') && `❌ ${n('error')} 个错误`,
    n('warning') && `⚠️ ${n('warning')} 个警告`,
    n('info') && `ℹ️ ${n('info')} 条提示`,
  ].filter(Boolean)
  return parts.length ? parts.join(' · ') : '没有问题'
}

/**
 * Findings as a list inside `<details>`: the errors first, then warnings and notes, as many as `limit`
 * allows, then "K more in the check run" (saying how many of those are errors).
 */
export function findingsBlock(
  findings: readonly ReportDiagnostic[],
  limit: number | FindingLimit,
  links: Links,
): string {
  if (findings.length === 0) return ''
  const picked = listed(findings, limit)
  const shown = picked.map((d) => {
    const where = d.line >= 1 ? `第 ${d.line} 行` : '文件'
    const hint = d.hint
      ? `<br>　${t('zh-CN', reportMessages.msg.hint({ hint: inlineWithCode(d.hint, 300) }))}`
      : ''
    const link = `[${where}](${lineUrl(links, d.file, d.line)})`
    return `- ${SEVERITY_ICON[d.severity]} ${link} \`${d.ruleId}\` ${inlineWithCode(d.message, 400)}${hint}`
  })
  const rest = findings.length - picked.length
  if (rest > 0) {
    const more = links.checkRunUrl ? `[检查运行 wxpress](${attr(links.checkRunUrl)})` : '检查运行 wxpress'
    const errs =
      findings.filter((d) => d.severity === 'error').length -
      picked.filter((d) => d.severity === 'error').length
    shown.push(`- …还有 ${rest} 条${errs > 0 ? `（其中 ${errs} 个错误）` : ''}，见${more}`)
  }
  return `<details><summary>${countsText(findings)}</summary>\n\n${shown.join('\n')}\n\n</details>\n`
}

function pushText(article: ReportArticle): string {
  const push = article.push
  if (!push || push.articles.length === 0) return ''
  const names = push.articles.map((a, i) => {
    const name = a.slug === article.slug ? '**本篇**' : titleOf(a, 60)
    return i === 0 ? `${name}（头条）` : name
  })
  return `共 ${push.articles.length} 篇：${names.join('、')}`
}

export interface ArticleImages {
  screenshot?: string | undefined
  cover?: string | undefined
  /** The artifact has images that could not be published (the comment says where they are). */
  held?: boolean
}

/** The section of a changed article. */
export function articleSection(
  article: ReportArticle,
  findings: readonly ReportDiagnostic[],
  limit: number | FindingLimit,
  links: Links,
  images: ArticleImages,
  nowMs: number,
  /** Heading, file and findings only: no facts table, no screenshot (a very large PR). */
  compact = false,
): string {
  const title = titleOf(article, 120)
  if (compact) {
    const file = `📄 [${inline(article.file, 200)}](${lineUrl(links, article.file, 0)})`
    const block = findingsBlock(findings, limit, links)
    return [`### ${STATUS_ICON[article.status]} ${title}`, '', file, '', ...(block ? [block] : [])].join('\n')
  }
  const slot = slotText(article.slot, nowMs)
  const rows: [string, string][] = []
  if (images.cover) rows.push(['封面', `<img src="${attr(images.cover)}" alt="封面" height="80">`])
  rows.push(['话题', inline(article.topic, 100) || '—'], ['受众', inline(article.audience, 100) || '—'])
  rows.push([
    '发送时间',
    slot ? `${slot.local}<br>${slot.utc} · **${slot.relative}**` : inline(article.slot, 64) || '未定',
  ])
  const push = pushText(article)
  if (push) rows.push(['同次推送', push])
  rows.push([
    '字数',
    article.checked
      ? `${thousands(article.words)} 字 · 约 ${Math.max(1, Math.round(article.readingMinutes))} 分钟读完`
      : '未检查（见下方的问题）',
  ])
  // the digest as written, marked when a finding is about it (too long, say)
  const digestFinding = findings.find((d) => d.field === 'digest')
  const digestMark = digestFinding ? `${SEVERITY_ICON[digestFinding.severity]} ` : ''
  rows.push(['摘要', `${digestMark}${inline(article.digest, 200) || '—'}`])
  const lines = [
    `### ${STATUS_ICON[article.status]} ${title}`,
    '',
    `📄 [${inline(article.file, 200)}](${lineUrl(links, article.file, 0)})`,
    '',
    '| 项目 | 内容 |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ]
  if (images.screenshot) {
    lines.push(
      '<details open><summary>📱 手机预览</summary>',
      '',
      `<img src="${attr(images.screenshot)}" width="320" alt="${title}的手机预览">`,
      '',
      '</details>',
      '',
    )
  } else if (!article.checked) lines.push('📱 未检查，没有手机预览。', '')
  else if (!images.held)
    lines.push('📱 构建产物里没有这篇的手机截图（pr-check 运行时可能没有找到浏览器）。', '')
  const block = findingsBlock(findings, limit, links)
  if (block) lines.push(block)
  return lines.join('\n')
}

/** Phone previews shown when no article changed but all were checked (a theme or config PR). */
export const THEME_PREVIEWS = 2

/**
 * The phone screenshots of the first `THEME_PREVIEWS` articles that have one, side by side: a theme
 * or config change shows on every article, so reviewers see it without opening the artifact.
 */
export function themePreviews(
  articles: readonly ReportArticle[],
  images: ReadonlyMap<string, ArticleImages>,
): string[] {
  const picked = articles.filter((a) => images.get(a.slug)?.screenshot).slice(0, THEME_PREVIEWS)
  if (picked.length === 0) return []
  const shots = picked.map(
    (a) =>
      `<img src="${attr(images.get(a.slug)!.screenshot!)}" width="320" alt="${titleOf(a, 60)}的手机预览">`,
  )
  const names = picked.map((a) => titleOf(a, 60)).join('、')
  const summary = `📱 手机预览：${names}（本次改动影响每篇文章，这里展示前 ${picked.length} 篇）`
  return [`<details open><summary>${summary}</summary>`, '', shots.join(' '), '', '</details>', '']
}

/** A row of the compact table (unchanged articles checked because the theme or config changed). */
export function compactRow(
  article: ReportArticle,
  findings: readonly ReportDiagnostic[],
  links: Links,
  nowMs: number,
): string {
  const slot = slotText(article.slot, nowMs)
  const when = slot ? `${slot.local} · ${slot.relative}` : inline(article.slot, 64) || '未定'
  const title = titleOf(article, 60)
  const counts = findings.length ? countsText(findings) : '—'
  const link = `[${title}](${lineUrl(links, article.file, 0)})`
  return `| ${STATUS_ICON[article.status]} | ${link} | ${when} | ${counts} |`
}

/** 《title》, or the folder name marked as such when the article has no title (or none could be read). */
export function titleOf(article: Pick<ReportArticle, 'title' | 'slug'>, max: number): string {
  return article.title ? `《${inline(article.title, max)}》` : `${inline(article.slug, max)}（无标题）`
}
