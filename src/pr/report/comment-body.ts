/**
 * The sticky PR comment (Chinese, English rule ids): marker first, a status line, one section per
 * changed article, a compact table of the others when every article was checked, findings outside
 * articles, notes. Never longer than GitHub's 65,536 characters: findings per article are cut
 * first ("K more in the check run"), then sections and rows, with the count of what was left out.
 */
import { isArticleFact } from '../../diagnostics/article-fact.js'
import type { PrReport, ReportDiagnostic } from '../report-schema.js'
import { articleSection, findingsBlock, type ArticleImages } from './comment-article.js'
import { countsText, STATUS_ICON, type Links } from './comment-parts.js'
import { compactRow, ROWS_HEAD, themePreviews } from './comment-rows.js'
import { deletedLines, renamedLines } from './comment-notes.js'
import { fill, LEVELS, listed } from './comment-budget.js'
import { attr, inline } from './escape-markdown.js'
import { sortFindings } from './check-annotations.js'
import { RULES_DOC } from './rule-link.js'
import { FIX_COMMAND, MAX_SUGGESTIONS } from './suggestions.js'
import { OMITTED_RULE } from '../cap-findings.js'
import { findingTotals, thousands, whereLine } from './findings-where.js'

export const PR_REPORT_MARKER = '<!-- wxpress:pr-report -->'
export { RULES_DOC } from './rule-link.js'
/** GitHub's limit is 65,536 characters; keep a margin (we count UTF-16 units, ≥ characters). */
export const MAX_COMMENT = 65_000
const NO_CJK_FONT =
  '手机预览缺少中文字体：运行 pr-check 的机器上没有中文字体，截图里的中文都显示成了方框（□），读者手机上不会这样。' +
  '请在工作流安装 Chromium 的那一步加上 `fonts-noto-cjk`（或 `fonts-wqy-microhei`）。'

export interface CommentInput {
  report: PrReport
  links: Links
  nowMs: number
  images: ReadonlyMap<string, ArticleImages>
  /** Why images are missing or where they are instead (fallback), shown as a note. */
  imagesNote?: string | undefined
  /** The Actions run holding the artifact (rendered HTML of every article). */
  artifactUrl?: string | undefined
  /** Suggestions posted on the PR by this or earlier runs. */
  suggestions: number
  /** Suggestions not posted (over the cap). */
  suggestionsLeft?: number | undefined
  /** The findings the posted suggestions fix (a suggestion fixes every finding on its lines). */
  suggestionPlaces?: number | undefined
  /** Notes about skipped artifact files. */
  notes: readonly string[]
  /** Parts of the report that failed this time, one sentence each. */
  failed?: readonly string[] | undefined
}

function header(input: CommentInput, changed: number): string[] {
  const { report, links } = input
  const all = report.check.diagnostics
  const worst = all.some((d) => d.severity === 'error')
    ? 'error'
    : all.some((d) => d.severity === 'warning')
      ? 'warning'
      : 'ok'
  const sha = report.pr.headSha
  const checked = report.articles.length
  const deleted = report.deleted?.length ?? 0
  const renamed = report.renamed?.length ?? 0
  // what the PR did to the articles: deleting or renaming one is a change too
  const headline = report.scope?.configFailed
    ? '**配置文件有错误，没有检查文章**'
    : changed > 0
      ? `**${changed} 篇文章有改动**${deleted > 0 ? `，删除了 ${deleted} 篇` : ''}`
      : report.scope?.all && checked > 0
        ? `**没有文章改动，检查了全部 ${checked} 篇**`
        : deleted > 0 || renamed > 0
          ? `**${[deleted && `删除了 ${deleted} 篇文章`, renamed && `重命名了 ${renamed} 篇`].filter(Boolean).join('，')}**`
          : '**本 PR 没有改动文章**'
  const parts = [
    headline,
    countsText(all),
    `最新提交 [\`${sha.slice(0, 7)}\`](${attr(`${links.web}/commit/${sha}`)})`,
  ]
  if (links.checkRunUrl) parts.push(`[检查运行 wxpress](${attr(links.checkRunUrl)})`)
  const lines = [PR_REPORT_MARKER, `## ${STATUS_ICON[worst]} wxpress 预览报告`, '', parts.join(' · '), '']
  if (report.scope?.all) {
    // the reason is pr-check's sentence ("检查全部文章：配置有改动（…）。")
    const why = report.scope.reason
      ? inline(report.scope.reason, 300)
      : '主题、配置或插件有改动，检查全部文章。'
    // no "共 0 篇" when nothing could be checked (the config cannot be read): the reason says why
    const count = checked > 0 ? `共 ${checked} 篇。` : ''
    lines.push(`> 🔁 ${why}${/[。.!！?？]$/.test(why) ? '' : '。'}${count}`, '')
  }
  for (const f of input.failed ?? []) lines.push(`> ❗ ${inline(f, 300)}`, '')
  lines.push(...deletedLines(report, input.nowMs), ...renamedLines(report))
  if (input.suggestions > 0) {
    // two units: a suggestion replaces a group of lines and may fix several findings (places) on them
    const places = input.suggestionPlaces ?? input.suggestions
    const left = Math.max(0, findingTotals(all).fixable - places)
    const why =
      (input.suggestionsLeft ?? 0) > 0
        ? `每个提交最多贴 ${MAX_SUGGESTIONS} 条建议，且只贴在本 PR 改动的行上`
        : '建议只贴在本 PR 改动的行上'
    const more =
      left > 0
        ? `另有 ${thousands(left)} 处可自动修正的问题没有贴成建议（${why}），` +
          `在本地运行 \`${FIX_COMMAND}\` 可以一次修好全部。`
        : ''
    lines.push(
      `> 💡 ${input.suggestions} 条修改建议（共 ${places} 处）：见本 PR 的审查评论，` +
        `点 “Commit suggestion” 即可提交。${more}`,
      '',
    )
  }
  if (input.imagesNote) lines.push(`> 🖼️ ${input.imagesNote}`, '')
  if (report.noCjkFont) lines.push(`> 🔤 ${NO_CJK_FONT}`, '')
  return lines
}

const footer = (input: CommentInput) => [
  '',
  '---',
  `<sub>由 wxpress pr-report 生成，对应提交 ${input.report.pr.headSha.slice(0, 7)}；每次推送新提交后本评论原地更新。` +
    // no rendered article, no HTML to point to
    (input.artifactUrl && input.report.articles.length > 0
      ? `每篇文章渲染好的 HTML 在[构建产物](${attr(input.artifactUrl)})里。`
      : '') +
    `每条规则的说明见[规则文档](${RULES_DOC})（也在 \`node_modules/wxpress/docs/rules.zh-CN.md\`）。</sub>`,
  '',
]

export function commentBody(input: CommentInput): string {
  const { report, links, nowMs } = input
  // 字数 is in each article's table: not a finding as well
  const findings = sortFindings(report.check.diagnostics.filter((d) => !isArticleFact(d)))
  const of = (file: string) => findings.filter((d) => d.file === file)
  const changed = report.articles.filter((a) => a.changed)
  const others = report.articles.filter((a) => !a.changed)
  const articleFiles = new Set(report.articles.map((a) => a.file))
  const stray: ReportDiagnostic[] = findings.filter((d) => !articleFiles.has(d.file))
  const head = header(input, changed.length)
  const tail = footer(input)
  const budget = MAX_COMMENT - tail.join('\n').length - 400
  const sections = (level: (typeof LEVELS)[number]) =>
    changed.map((a) =>
      articleSection(a, of(a.file), level, links, input.images.get(a.slug) ?? {}, nowMs, level.compact),
    )
  const size = (blocks: string[]) => blocks.reduce((n, s) => n + s.length + 1, 0)
  const fixed = size(head) + 400
  const level = LEVELS.find((l) => fixed + size(sections(l)) <= budget * 0.8) ?? LEVELS.at(-1)!
  const out = [...head]
  const real = (list: readonly ReportDiagnostic[]) => list.filter((d) => d.ruleId !== OMITTED_RULE)
  const total = changed.reduce((n, a) => n + real(of(a.file)).length, 0)
  const shown = changed.reduce((n, a) => n + real(listed(of(a.file), level)).length, 0)
  const totals = findingTotals(findings)
  if (shown < total || totals.beyond > 0) {
    // one statement of what is where, with the real totals: a reviewer must see why an article is
    // red (errors are listed first), and that pr-check's cap leaves some to a local check
    const run = links.checkRunUrl ? `[检查运行 wxpress](${attr(links.checkRunUrl)})` : '检查运行 wxpress'
    out.push(whereLine(totals, shown, run, level.others > 0), '')
  }
  if (changed.length >= 2 && changed.length <= 20) {
    // an overview first, as Lighthouse CI and size-limit do; the sections follow
    out.push(...ROWS_HEAD, ...changed.map((a) => compactRow(a, of(a.file), links, nowMs)), '')
  }
  const blocks = sections(level)
  const placed = fill(out, blocks, budget)
  if (placed < blocks.length)
    out.push(`> ✂️ 还有 ${blocks.length - placed} 篇改动的文章放不下，见检查运行 wxpress。`, '')
  const row = (a: (typeof others)[number]) => compactRow(a, of(a.file), links, nowMs)
  // a theme or config PR: the previewed articles are listed with their previews, the table holds the rest
  const previews =
    report.scope?.all && changed.length === 0
      ? themePreviews(others, input.images, row)
      : { lines: [], shown: new Set<string>() }
  out.push(...previews.lines)
  const rest = others.filter((a) => !previews.shown.has(a.slug))
  if (report.scope?.all && rest.length > 0) {
    const rows = rest.map(row)
    const label = changed.length + previews.shown.size > 0 ? '其他 ' : ''
    const tableHead = [
      `<details><summary>${label}${rest.length} 篇文章（未改动，一并检查）</summary>`,
      '',
      ...ROWS_HEAD,
    ]
    if (size(out) + size(tableHead) + 200 < budget) {
      out.push(...tableHead)
      const shown = fill(out, rows, budget - 200)
      if (shown < rows.length) out.push('', `…还有 ${rows.length - shown} 篇，见检查运行 wxpress。`)
      out.push('', '</details>', '')
    } else out.push(`> ✂️ 其他 ${rest.length} 篇未改动的文章放不下，见检查运行 wxpress。`, '')
  }
  if (stray.length > 0) {
    const limit = { errors: Math.min(level.errors, 10), others: Math.min(level.others, 10) }
    const block = `### 其他文件\n\n${findingsBlock(stray, limit, links)}`
    if (size(out) + block.length < budget) out.push(block)
    else out.push(`> ✂️ 其他文件的 ${stray.length} 条问题放不下，见检查运行 wxpress。`, '')
  }
  for (const note of input.notes.slice(0, 5)) {
    const line = `> ⚠️ 构建产物中的文件被跳过：${inline(note, 200)}`
    if (size(out) + line.length < budget) out.push(line)
  }
  return [...out, ...tail].join('\n')
}
