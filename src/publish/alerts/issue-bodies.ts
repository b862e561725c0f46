/**
 * The GitHub issue of a push that needs a person (missed, blocked, failed, unconfirmed): its hidden
 * marker, Chinese title and body, and the comments that close it. Plain functions over values; the
 * body holds nothing that changes from run to run (no run id, no growing lateness), so an unchanged
 * reason leaves the issue untouched.
 */
import type { LocalTime } from './when.js'

export interface AlertArticle {
  slug: string
  title: string
  /** Site-relative path, `content/<slug>/index.md`. */
  path: string
  /** Link to the file on GitHub, when the repository is known. */
  link?: string
}

export type AlertReason =
  | { kind: 'missed' }
  | { kind: 'blocked'; reasons: { file: string; ruleId: string; message: string; hint?: string }[] }
  | { kind: 'failed'; errcode?: number; message: string; hint?: string }
  | { kind: 'unconfirmed'; message: string }

export interface AlertIssueInput {
  account: string
  slot: LocalTime
  mode: string
  articles: AlertArticle[]
  reason: AlertReason
  maxLatenessMinutes: number
}

/** Found again among our bot's issues by this first line. */
export function alertMarker(account: string, slotUtc: string): string {
  return `<!-- wxpress:alert:${account}:${slotUtc} -->`
}

const WHAT: Record<AlertReason['kind'], string> = {
  missed: '错过',
  blocked: '被阻止',
  failed: '失败',
  unconfirmed: '结果未确认',
}

export function alertTitle(input: AlertIssueInput): string {
  const verb = input.reason.kind === 'unconfirmed' ? '可能已发送' : '未发送'
  return `wxpress：${input.slot.short} 的推送${verb}（${WHAT[input.reason.kind]}）`
}

function reasonLines(input: AlertIssueInput): string[] {
  const r = input.reason
  switch (r.kind) {
    case 'missed':
      return [
        `- \`publish/missed\`：到 ${input.slot.short} 之后 ${input.maxLatenessMinutes} 分钟内没有一次发布运行把它发出；` +
          'wxpress 从不迟发。',
      ]
    case 'blocked':
      return r.reasons.flatMap((b) => [
        `- \`${b.ruleId}\`（\`${b.file}\`）：${b.message}`,
        ...(b.hint ? [`  - 建议：${b.hint}`] : []),
      ])
    case 'failed':
      return [
        `- ${r.errcode !== undefined ? `\`publish/wechat-${r.errcode}\`，errcode ${r.errcode}：` : ''}` +
          r.message,
        ...(r.hint ? [`  - 建议：${r.hint}`] : []),
      ]
    case 'unconfirmed':
      return [`- \`publish/unconfirmed\`：${r.message}`]
  }
}

const NEXT: Record<AlertReason['kind'], string[]> = {
  missed: [
    '给文章一个新的 `slot`（将来的时间）并合并到 main：下一次运行会准备草稿并按时发送，这个问题随之关闭。',
    '或者在公众平台手动发送，然后删除或改掉这个 `slot`。',
  ],
  blocked: [
    '在本地运行 `npx --no-install wxpress check` 看到同样的错误，修复后合并到 main。',
    '仍在允许的延迟之内时，下一次运行会发送；已经错过时，请改一个新的 `slot`。',
  ],
  failed: [
    '按上面的提示处理（凭据、IP 白名单、账号权限或额度），然后重新运行 “wxpress publish” 工作流。',
    '仍在允许的延迟之内时会再试；已经错过时，请改一个新的 `slot`。',
  ],
  unconfirmed: [
    '在公众平台 → 内容与互动 → 发表记录 / 群发记录 中查看它是否已经发出。',
    '把看到的结果记入台账（`.wxpress/state/<slug>.json`，在 wxpress-state 分支上）后再运行；' +
      '在此之前 wxpress 不会再发这条推送，以免重复发送。',
  ],
}

/** A ledger is on the wxpress-state branch, not on main: repaired there, never by a change to main. */
const LEDGER_NEXT = [
  '按上面的提示，从 `wxpress-state` 分支的历史里恢复台账文件（台账不在 main 上，改 main 修不好它）；' +
    '恢复并推送后，下一次发布运行会接着处理。',
  '除非确定文章没有发出，否则不要删除台账文件：删除后 wxpress 会把它当作从未发送。',
]

function nextSteps(reason: AlertReason): string[] {
  if (reason.kind !== 'blocked') return NEXT[reason.kind]
  const ledger = reason.reasons.filter((b) => b.ruleId === 'publish/ledger-unreadable').length
  if (ledger === 0) return NEXT.blocked
  const [check, after] = NEXT.blocked as [string, string]
  return ledger === reason.reasons.length ? [...LEDGER_NEXT, after] : [...LEDGER_NEXT, check, after]
}

export function alertBody(input: AlertIssueInput): string {
  const articles = input.articles.map((a, i) => {
    const file = a.link ? `[\`${a.path}\`](${a.link})` : `\`${a.path}\``
    return `${i + 1}. **${a.title}**（${file}）`
  })
  return [
    alertMarker(input.account, input.slot.utc),
    `**${input.slot.short}** 的推送${input.reason.kind === 'unconfirmed' ? '结果未确认' : '没有发出'}` +
      `（账号 \`${input.account}\`，方式 \`${input.mode}\`）。`,
    '',
    `- 计划时间：${input.slot.full} · ${input.slot.utc}`,
    '',
    '### 文章',
    ...articles,
    '',
    '### 原因',
    ...reasonLines(input),
    '',
    '### 下一步',
    ...nextSteps(input.reason).map((line) => `- ${line}`),
    '',
    '<sub>由 wxpress 的发布运行维护：原因变化时更新；推送发出、时间改变或文章移除后自动关闭。</sub>',
  ].join('\n')
}

/** Closing comment when the push went out after all. */
export function sentCloseComment(input: { url?: string; sentAt: LocalTime; lateness: string }): string {
  const link = input.url ? `：${input.url}` : ''
  return `已发送${link}（${input.sentAt.full}，${input.lateness}）。关闭此问题。`
}

/** Closing comment when the slot is no longer in the plan. */
export const SLOT_GONE_COMMENT =
  '这个时间的推送已不在计划中（`slot` 已更改，或文章已移除）。关闭此问题；新的时间如有问题会另开一个。'
