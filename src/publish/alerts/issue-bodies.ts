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

/** The push's mode in the WeChat back-office word, as `plan` writes it in Chinese. */
export const MODE_ZH: Record<string, string> = { draft: '草稿', publish: '发表', broadcast: '群发' }
export const modeZh = (mode: string) => MODE_ZH[mode] ?? mode

const RENAMED = 'publish/renamed-after-send'
const UNREADABLE = 'publish/ledger-unreadable'

/**
 * What the alert may say about whether the push went out: a push blocked by `publish/renamed-after-send`
 * was sent (or attempted) under its old folder name; one blocked by an unreadable ledger may have been
 * sent; the others were not.
 */
type Sent = 'not' | 'renamed' | 'unknown' | 'maybe'

function sentState(reason: AlertReason): Sent {
  if (reason.kind === 'unconfirmed') return 'maybe'
  if (reason.kind !== 'blocked') return 'not'
  if (reason.reasons.some((b) => b.ruleId === RENAMED)) return 'renamed'
  if (reason.reasons.some((b) => b.ruleId === UNREADABLE)) return 'unknown'
  return 'not'
}

const TITLE_VERB: Record<Sent, string> = {
  not: '未发送',
  renamed: '已在旧文件夹名下发送过，台账需要迁移',
  unknown: '被阻止，台账无法读取',
  maybe: '可能已发送',
}

const OPENING: Record<Sent, string> = {
  not: '没有发出',
  renamed: '已经在旧文件夹名下发送过（或尝试发送过），但台账还留在旧名字下，这次运行没有再发',
  unknown: '这次运行没有发送；它此前是否发出过，要看无法读取的台账',
  maybe: '结果未确认',
}

export function alertTitle(input: AlertIssueInput): string {
  const sent = sentState(input.reason)
  const what = sent === 'unknown' ? '' : `（${WHAT[input.reason.kind]}）`
  return `wxpress：${input.slot.short} 的推送${TITLE_VERB[sent]}${what}`
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
  '台账恢复之前不要改 `slot` 或手动重发：这条推送可能已经发出。',
]

/** Sent under the old folder name: the ledger moves, the article is never sent again. */
const RENAMED_NEXT = [
  '按上面 `publish/renamed-after-send` 的建议处理：把文件夹改回原名，或者在 `wxpress-state` 分支上把旧台账移到新名字下' +
    '（台账不在 main 上）；推送之后，下一次发布运行会认出它已发送，这个问题随之关闭。',
  '不要改新的 `slot`，也不要手动重发：读者已经收到过这篇文章。',
  '只有确实是另一篇需要发送的文章时，才按建议删除旧台账。',
]

function nextSteps(reason: AlertReason): string[] {
  if (reason.kind !== 'blocked') return NEXT[reason.kind]
  const [check] = NEXT.blocked as [string, string]
  const others = reason.reasons.some((b) => b.ruleId !== UNREADABLE && b.ruleId !== RENAMED)
  const sent = sentState(reason)
  if (sent === 'renamed') return others ? [...RENAMED_NEXT, check] : RENAMED_NEXT
  if (sent === 'unknown') return others ? [...LEDGER_NEXT, check] : LEDGER_NEXT
  return NEXT.blocked
}

export function alertBody(input: AlertIssueInput): string {
  const articles = input.articles.map((a, i) => {
    const file = a.link ? `[\`${a.path}\`](${a.link})` : `\`${a.path}\``
    return `${i + 1}. **${a.title}**（${file}）`
  })
  return [
    alertMarker(input.account, input.slot.utc),
    `**${input.slot.short}** 的推送${OPENING[sentState(input.reason)]}` +
      `（账号 \`${input.account}\`，方式：${modeZh(input.mode)}）。`,
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
