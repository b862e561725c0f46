/**
 * Pieces of the sticky comment for one article: its section (facts a reviewer decides from, cover,
 * phone screenshot, findings in `<details>` with links to the line at the head commit). Every artifact
 * string goes through `inline`.
 */
import type { ReportArticle, ReportDiagnostic } from '../report-schema.js'
import { attr, inline, inlineWithCode } from './escape-markdown.js'
import { listed, type FindingLimit } from './comment-budget.js'
import {
  BROKEN_FRONTMATTER,
  countsText,
  lineUrl,
  SEVERITY_ICON,
  slotCell,
  STATUS_ICON,
  titleOf,
  type Links,
} from './comment-parts.js'
import { ruleLink } from './rule-link.js'
import { t } from '../../i18n/catalogue.js'
import { reportMessages } from '../../i18n/messages/report.js'

const thousands = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

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
    return `- ${SEVERITY_ICON[d.severity]} ${link} ${ruleLink(d.ruleId)} ${inlineWithCode(d.message, 400)}${hint}`
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
  const rows: [string, string][] = []
  if (images.cover) rows.push(['封面', `<img src="${attr(images.cover)}" alt="封面" height="80">`])
  else {
    // a cover that is missing or unusable is said where the reviewer looks for it
    const problem = findings.find((f) => f.field === 'cover' && f.severity !== 'info')
    if (problem) rows.push(['封面', `❌ ${inline(problem.message, 160)}`])
  }
  if (article.frontmatterBroken) {
    // nothing of the front-matter is known: say so instead of 无标题 / — / 未定 and a digest from the body
    rows.push(['front-matter', `❌ 无法解析，标题、话题、受众、发送时间和摘要都读不到（见下方的问题）`])
  } else {
    rows.push(['话题', inline(article.topic, 100) || '—'], ['受众', inline(article.audience, 100) || '—'])
    rows.push(['发送时间', slotCell(article, findings, nowMs, true)])
    const push = pushText(article)
    if (push) rows.push(['同次推送', push])
  }
  rows.push([
    '字数',
    article.checked
      ? `${thousands(article.words)} 字 · 约 ${Math.max(1, Math.round(article.readingMinutes))} 分钟读完`
      : '未检查（见下方的问题）',
  ])
  if (!article.frontmatterBroken) {
    // the digest as written, marked when a finding is about it (too long, say)
    const digestFinding = findings.find((d) => d.field === 'digest')
    const digestMark = digestFinding ? `${SEVERITY_ICON[digestFinding.severity]} ` : ''
    rows.push(['摘要', `${digestMark}${inline(article.digest, 200) || '—'}`])
  }
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
    // with a broken front-matter the preview has no title, cover or digest of the writer's
    const label = article.frontmatterBroken
      ? `📱 手机预览（${BROKEN_FRONTMATTER}：标题、封面和摘要都缺失，只有正文可看）`
      : '📱 手机预览'
    lines.push(
      `<details open><summary>${label}</summary>`,
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
