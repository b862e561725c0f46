import type { DiagnosticDoc } from './diagnostic-doc.js'

/** Meaning of the diagnostic ids of publishing, in both languages. */
export const PUBLISH_IDS: readonly DiagnosticDoc[] = [
  [
    'publish/unreachable',
    'WeChat did not answer; the next run reconciles before retrying. An error (exit 1, `N unconfirmed`) when the push was due, a warning while only preparing it.',
    '微信没有响应；下次运行会先核对状态再重试。推送已到时间时是错误（退出码 1，“待对账 N 次”），只是准备草稿时是警告。',
  ],
  [
    'publish/missed',
    'A push more than `maxLatenessMinutes` late; never sent late. An error for the day after the window, then a warning (exit 0) until its `slot` is moved.',
    '推送晚了超过 `maxLatenessMinutes`；不会迟发。错过后的一天内是错误，之后是警告（退出码 0），直到改了它的 `slot`。',
  ],
  [
    'publish/ledger-unreadable',
    'The publish ledger of the article cannot be trusted (conflict markers, broken JSON, unknown `version`, wrong fields, not a file); its push is blocked, never resent.',
    '文章的发布记录不可信（有冲突标记、JSON 损坏、`version` 未知、字段不对或不是普通文件）；它所在的推送被阻止，绝不会重发。',
  ],
  [
    'publish/renamed-after-send',
    'A scheduled article has no ledger, but the ledger of a folder that no longer exists was sent (or a send was attempted) with the same content, title or slot: most likely the folder was renamed after sending. Its push is blocked; rename the folder back or move the ledger on `wxpress-state`.',
    '定时文章没有发布台账，但某个已不存在的文件夹的台账显示已发送（或尝试过发送），且内容、标题或推送时间相同：多半是发送之后改了文件夹名。它所在的推送被阻止；请把文件夹改回原名，或在 `wxpress-state` 分支上移动台账。',
  ],
  [
    'publish/slug-changed',
    '`pr-check`: the pull request deletes an article whose slot has passed and adds one with the same title or slot (a renamed folder); the publish ledger does not follow the rename, so a sent article would be blocked at publish (`publish/renamed-after-send`).',
    '`pr-check`：PR 删除了一篇推送时间已过的文章，又新增了一篇标题或推送时间相同的文章（文件夹改了名）；发布台账不会随改名转移，已发出的文章在发布时会被阻止（`publish/renamed-after-send`）。',
  ],
  [
    'publish/ledger-incomplete',
    'The ledger says sent but lacks `msg_data_id` (or the article URL) that stats need. Not reported for a send confirmed by errcode 45065 (`"confirmedBy": "45065"`): WeChat gives no `msg_data_id` then; `stats` says so.',
    '发布台账显示已发送，但缺少统计所需的 `msg_data_id`（或文章链接）。由错误码 45065 确认的发送（`"confirmedBy": "45065"`）不报告：微信此时不给 `msg_data_id`，`stats` 会说明。',
  ],
  [
    'publish/unconfirmed',
    'An interrupted send whose outcome WeChat cannot tell without sending again, too late to do so.',
    '一次中断的发送：不重发就无法从微信确认结果，而现在重发已经太晚。',
  ],
  [
    'publish/internal',
    'Publishing a push failed unexpectedly (a bug); the other pushes went on.',
    '发布某次推送时意外出错（wxpress 的缺陷）；其他推送照常进行。',
  ],
  [
    'publish/credentials',
    '`publish --preflight`: the account’s credentials do not work (stable_token: 40125, 40164 …).',
    '`publish --preflight`：账号凭据无效（stable_token：40125、40164……）。',
  ],
  [
    'publish/mode-not-allowed',
    '`publish --preflight`: the account may not use the push’s mode (48001: freepublish and mass send need a verified account).',
    '`publish --preflight`：账号不能使用该推送方式（48001：发布和群发需要已认证的账号）。',
  ],
  [
    'publish/unknown-tag',
    '`publish --preflight`: the follower tag named in `audience` is not on the account (with did-you-mean).',
    '`publish --preflight`：`audience` 中的粉丝标签在账号里不存在（附近似建议）。',
  ],
  [
    'publish/immutable',
    'A sent article was edited; it is not sent again.',
    '已发出的文章被修改了；不会再次发送。',
  ],
]
