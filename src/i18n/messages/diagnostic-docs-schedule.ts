import type { DiagnosticDoc } from './diagnostic-doc.js'

/** Meaning of the diagnostic ids of the push schedule, in both languages. */
export const SCHEDULE_IDS: readonly DiagnosticDoc[] = [
  [
    'schedule/same-day',
    'Two pushes on one local day for a subscription account (error in broadcast mode).',
    '订阅号同一天（本地时间）有两次推送（broadcast 模式下是错误）。',
  ],
  [
    'schedule/mixed-audience',
    'Articles of one slot have different audiences.',
    '同一推送时间的文章面向不同的受众。',
  ],
  ['schedule/too-many-articles', 'More than 8 articles share a slot.', '同一推送时间超过 8 篇文章。'],
  [
    'schedule/digest-hidden',
    'An article with a `digest` in a push of 2+ articles: WeChat shows no digest there.',
    '多图文推送（2 篇及以上）中的文章写了 `digest`：微信不会显示它。',
  ],
  ['schedule/outside-window', 'A slot outside the preferred send windows.', '推送时间不在推荐的推送窗口内。'],
  [
    'schedule/past',
    'A slot that passed longer ago than `schedule.maxLatenessMinutes` (180) and was never sent: publish no longer sends it. Not reported for an article whose ledger cannot be read (`publish/ledger-unreadable`: whether it was sent is not known).',
    '推送时间已过去超过 `schedule.maxLatenessMinutes`（180 分钟），文章却从未发出：发布不会再发送它。台账无法读取的文章（`publish/ledger-unreadable`：无法确定是否已发出）不报告此项。',
  ],
  [
    'schedule/late',
    'A slot that passed less than `schedule.maxLatenessMinutes` ago and is not sent yet: the next publish run still sends it, late.',
    '推送时间刚过去（不到 `schedule.maxLatenessMinutes`），文章还没有发出：下一次发布运行仍会发送它，只是迟发。',
  ],
  ['schedule/lead-time', 'A slot closer than the lead time.', '推送时间离现在太近，不足预留时间。'],
  ['schedule/far-future', 'A slot beyond the planning horizon.', '推送时间超出了排期范围。'],
  [
    'schedule/unknown-audience',
    'An audience that is not a follower tag of the account.',
    '受众不是该账号的粉丝标签。',
  ],
  [
    'schedule/unlisted-audience',
    'A follower tag as audience while the config lists no tags of the account to check it against.',
    '受众是粉丝标签，但配置里没有列出该账号的标签，无法核对。',
  ],
  [
    'schedule/monthly-limit',
    'More than 4 mass sends a month to one audience of a service account (an error in broadcast mode to 全部粉丝, which WeChat refuses with 45028; 发表 does not count).',
    '服务号一个月内对同一受众群发超过 4 次（broadcast 模式下发给全部粉丝时是错误：微信会以 45028 拒绝；发表不计）。',
  ],
  [
    'schedule/cover-ratio',
    'Head cover not ≈ 2.35:1, or other covers not ≈ 1:1.',
    '头条封面不接近 2.35:1，或次条封面不接近 1:1。',
  ],
]
