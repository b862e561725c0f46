/**
 * The stderr lines of `publish --alert` (what was posted on GitHub, or why not). The issues and
 * comments themselves are written in Chinese by src/publish/alerts/ and are not in the catalogue.
 */
import { defineMessages, m } from '../message.js'

const ACTION_ZH: Record<string, string> = {
  created: '已发表',
  updated: '已更新',
  unchanged: '没有变化',
  skipped: '已跳过',
}
const KIND_ZH: Record<string, string> = { sent: '“已发送”', prepared: '“已准备”' }

export const alertsCliMessages = defineMessages('alertsCli', {
  needGithub: m(
    () => 'wxpress: alerts need GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name); none posted.',
    () => 'wxpress：告警需要 GITHUB_TOKEN 和 GITHUB_REPOSITORY（owner/name）；没有发任何告警。',
  ),
  /** `forbidden`: 1 when GitHub answered 403/404 (the token lacks a permission). */
  notPosted: m(
    (p: { what: string; forbidden: number }) =>
      `wxpress: alerts not posted (what was published is unaffected): ${p.what}` +
      `${p.forbidden ? ' — the token needs issues: write / pull-requests: write' : ''}`,
    (p) =>
      `wxpress：告警没有发出（已发布的内容不受影响）：${p.what}` +
      `${p.forbidden ? '——令牌需要 issues: write / pull-requests: write 权限' : ''}`,
  ),
  preflightFailed: m(
    (p: { error: string }) => `wxpress: preflight failed: ${p.error}`,
    (p) => `wxpress：预检失败：${p.error}`,
  ),
  /** `n`: the findings, 0 when it passed; `rules`: `; <rule id>` for each. */
  preflightVerdict: m(
    (p: { slug: string; n: number; rules: string }) =>
      `  preflight: ${p.slug}: ${p.n ? `${p.n} finding(s)` : 'passed'}${p.rules}`,
    (p) => `  预检：${p.slug}：${p.n ? `${p.n} 个问题` : '通过'}${p.rules}`,
  ),
  line: m(
    (p: { line: string }) => `  GitHub: ${p.line}`,
    (p) => `  GitHub 消息：${p.line}`,
  ),
  issueOpened: m(
    (p: { n: number; title: string }) => `issue #${p.n} opened: ${p.title}`,
    (p) => `已创建 issue #${p.n}：${p.title}`,
  ),
  /** `reopened`: 1 when the issue was closed. */
  issueUpdated: m(
    (p: { n: number; reopened: number; title: string }) =>
      `issue #${p.n} ${p.reopened ? 'reopened' : 'updated'}: ${p.title}`,
    (p) => `${p.reopened ? '已重新打开' : '已更新'} issue #${p.n}：${p.title}`,
  ),
  issueUnchanged: m(
    (p: { n: number }) => `issue #${p.n} unchanged`,
    (p) => `issue #${p.n} 没有变化`,
  ),
  issueClosed: m(
    (p: { n: number }) => `issue #${p.n} closed`,
    (p) => `已关闭 issue #${p.n}`,
  ),
  /** `kind`: `sent` or `prepared` (the comment). */
  noPull: m(
    (p: { slug: string; kind: string }) =>
      `${p.slug}: no pull request found for the commit that added it; "${p.kind}" not posted`,
    (p) => `${p.slug}：找不到添加它的提交所属的拉取请求；没有发表${KIND_ZH[p.kind] ?? p.kind}评论`,
  ),
  sentAlready: m(
    (p: { slug: string; pr: number }) => `${p.slug}: "sent" already on #${p.pr}`,
    (p) => `${p.slug}：#${p.pr} 上已有“已发送”评论`,
  ),
  sentPosted: m(
    (p: { slug: string; pr: number }) => `${p.slug}: "sent" posted on #${p.pr}`,
    (p) => `${p.slug}：已在 #${p.pr} 上发表“已发送”评论`,
  ),
  prepared: m(
    (p: { slug: string; action: string; pr: number }) => `${p.slug}: "prepared" ${p.action} on #${p.pr}`,
    (p) => `${p.slug}：#${p.pr} 上的“已准备”评论${ACTION_ZH[p.action] ?? p.action}`,
  ),
})
