/**
 * Comments on an article's pull request: "sent" (the article URL, when, how late; posted once) and
 * "prepared" (the draft is ready, with the preflight findings; kept up to date). Plain functions.
 */
import { modeZh } from './issue-bodies.js'
import type { LocalTime } from './when.js'

export const sentMarker = (slug: string) => `<!-- wxpress:sent:${slug} -->`
export const preparedMarker = (slug: string) => `<!-- wxpress:prepared:${slug} -->`

/** What the "sent" comment says when WeChat gave no URL (a mass send); `stats` fills it in later. */
export const NO_LINK = '（微信没有返回链接；见公众平台的发表记录）'

/** The "sent" comment `body` with the article URL in place of `NO_LINK`. */
export const withSentLink = (body: string, url: string) =>
  body.replace(`- 文章链接：${NO_LINK}`, `- 文章链接：<${url}>（由统计任务补上）`)

export interface SentCommentInput {
  slug: string
  title: string
  url?: string
  sentAt: LocalTime
  slot: LocalTime
  /** `准时` / `晚了 12 分钟` */
  lateness: string
  account: string
}

export function sentComment(input: SentCommentInput): string {
  return [
    sentMarker(input.slug),
    `### ✅ 已发送：${input.title}`,
    '',
    // in <>: GitHub's autolink would take a full-width mark after the URL into it
    `- 文章链接：${input.url ? `<${input.url}>` : NO_LINK}`,
    `- 发送时间：${input.sentAt.full}，${input.lateness}（计划 ${input.slot.full}）`,
    `- 账号：\`${input.account}\``,
  ].join('\n')
}

export interface PreflightFinding {
  severity: 'error' | 'warning' | 'info'
  ruleId: string
  message: string
  hint?: string
}

export interface PreparedCommentInput {
  slug: string
  title: string
  slot: LocalTime
  account: string
  mode: string
  findings: PreflightFinding[]
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const

export function preparedComment(input: PreparedCommentInput): string {
  const n = input.findings.length
  const verdict = n === 0 ? '预检通过' : `预检发现 ${n} 个问题`
  const findings = input.findings.map(
    (f) => `- ${ICON[f.severity]} \`${f.ruleId}\`：${f.message}${f.hint ? `\n  - 建议：${f.hint}` : ''}`,
  )
  return [
    preparedMarker(input.slug),
    `### 📝 已准备草稿 · ${verdict}：${input.title}`,
    '',
    `- 计划发送：${input.slot.full} · ${input.slot.utc}`,
    `- 账号：\`${input.account}\`，方式：${modeZh(input.mode)}`,
    '- 预检：凭据、方式的权限、粉丝标签（不发送任何内容）',
    ...(n > 0 ? ['', ...findings, '', '请在发送时间之前修复并合并，否则这条推送会在发送时失败。'] : []),
  ].join('\n')
}
