/** Messages of the schedule checks. */
import { defineMessages, m, zhList } from '../message.js'
import { durationEn, durationZh } from './duration.js'

const ZH_WEEKDAYS: Record<string, string> = {
  Mon: '周一',
  Tue: '周二',
  Wed: '周三',
  Thu: '周四',
  Fri: '周五',
  Sat: '周六',
  Sun: '周日',
}
/** `2026-12-10 20:00 Thu` (the local clock's `human`) with its weekday in Chinese: `… 20:00 周四`. */
export const zhWhen = (when: string): string =>
  when.replace(/ (Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/, (_, day: string) => ` ${ZH_WEEKDAYS[day]}`)

export const scheduleMessages = defineMessages('schedule', {
  tooMany: m(
    (p: { n: number; when: string; max: number; names: string }) =>
      `${p.n} articles share the slot ${p.when}; a push holds at most ${p.max}: ${p.names}`,
    (p) => `${p.n} 篇文章共用推送时间 ${zhWhen(p.when)}，一次推送最多 ${p.max} 篇：${zhList(p.names)}`,
  ),
  tooManyHint: m(
    () => 'Move some articles to another slot.',
    () => '把部分文章挪到别的推送时间。',
  ),
  mixedAudience: m(
    (p: { when: string; names: string; mine: string; theirs: string }) =>
      `Same slot ${p.when} as ${p.names} but a different audience (${p.mine} vs ${p.theirs})`,
    (p) =>
      `与 ${zhList(p.names)} 的推送时间同为 ${zhWhen(p.when)}，但受众不同（${p.mine} 与 ${zhList(p.theirs)}）`,
  ),
  mixedAudienceHint: m(
    () => 'Articles of one push go to one audience: align `audience`, or move one article to another slot.',
    () => '同一次推送的文章只能发给同一受众：统一 `audience`，或把其中一篇挪到别的推送时间。',
  ),
  unknownAudience: m(
    (p: { audience: string; account: string }) =>
      `Audience \`${p.audience}\` is not a follower tag of account \`${p.account}\``,
    (p) => `受众 \`${p.audience}\` 不是账号 \`${p.account}\` 的粉丝标签`,
  ),
  unlistedAudience: m(
    (p: { audience: string; account: string; all: string }) =>
      `Audience \`${p.audience}\` is not \`${p.all}\`, and account \`${p.account}\` lists no follower tags ` +
      'to check it against: a typo would only show when publishing',
    (p) =>
      `受众 \`${p.audience}\` 不是 \`${p.all}\`，而账号 \`${p.account}\` 没有在配置里列出粉丝标签，` +
      '无法核对：写错了要到发布时才会发现',
  ),
  unlistedAudienceHint: m(
    (p: { account: string }) =>
      `List the account's follower tags in the config (accounts.${p.account}.tags), exactly as in the WeChat ` +
      'admin console.',
    (p) => `在配置的 accounts.${p.account}.tags 里列出该账号的粉丝标签（与公众号后台的写法一致）。`,
  ),
  audienceTags: m(
    (p: { s: string; account: string; list: string; all: string }) =>
      `${p.s ? `Did you mean \`${p.s}\`? ` : ''}Follower tags of account \`${p.account}\`: ${p.list} ` +
      `(to send to every follower, write \`${p.all}\`).`,
    (p) =>
      `${p.s ? `是不是想写 \`${p.s}\`？` : ''}账号 \`${p.account}\` 的粉丝标签：${zhList(p.list)}` +
      `（要发给所有粉丝，请写 \`${p.all}\`）。`,
  ),
  past: m(
    (p: { when: string; minutes: number }) =>
      `Slot ${p.when} passed more than ${durationEn(p.minutes)} ago and the article was never sent`,
    (p) => `推送时间 ${zhWhen(p.when)} 已过去超过 ${durationZh(p.minutes)}，文章却从未发出`,
  ),
  pastHint: m(
    (p: { minutes: number }) =>
      `Move the slot to a future time: publish sends a push at most ${durationEn(p.minutes)} late (schedule.maxLatenessMinutes).`,
    (p) =>
      `把推送时间改到将来：发布最多迟发 ${durationZh(p.minutes)}（schedule.maxLatenessMinutes），已经过了这个时限。`,
  ),
  /** `late`: minutes since the slot; `until`: the last time publish still sends it. */
  late: m(
    (p: { when: string; late: number; until: string }) =>
      `Slot ${p.when} passed ${durationEn(p.late)} ago and the article is not sent yet: the next publish run sends it late (until ${p.until})`,
    (p) =>
      `推送时间 ${zhWhen(p.when)} 已过去 ${durationZh(p.late)}，文章还没有发出：下一次发布运行仍会补发（最晚到 ${zhWhen(p.until)}）`,
  ),
  lateHint: m(
    (p: { until: string; minutes: number }) =>
      `Nothing to do if a publish run comes before ${p.until} (schedule.maxLatenessMinutes: ${p.minutes}); to send it at another time, move the slot.`,
    (p) =>
      `只要 ${zhWhen(p.until)} 之前有一次发布运行，就什么也不用做（schedule.maxLatenessMinutes：${p.minutes}）；想换个时间发，就修改推送时间。`,
  ),
  leadTime: m(
    (p: { when: string; minutes: number }) => `Slot ${p.when} is less than ${p.minutes} minutes away`,
    (p) => `推送时间 ${zhWhen(p.when)} 距现在不到 ${p.minutes} 分钟`,
  ),
  leadTimeHint: m(
    () => 'Leave time for review and the draft upload, or pick a later slot.',
    () => '给审稿和上传草稿留出时间，或选一个更晚的推送时间。',
  ),
  farFuture: m(
    (p: { when: string; days: number }) => `Slot ${p.when} is more than ${p.days} days ahead`,
    (p) => `推送时间 ${zhWhen(p.when)} 在 ${p.days} 天之后`,
  ),
  farFutureHint: m(
    () => 'Check the year of the slot.',
    () => '检查一下推送时间的年份。',
  ),
  digestHidden: m(
    (p: { when: string; n: number }) =>
      `The push of ${p.when} holds ${p.n} articles: WeChat shows no digest in a multi-article push, so this one will not show`,
    (p) => `${zhWhen(p.when)} 的推送有 ${p.n} 篇文章：多图文推送不显示摘要，这里的 digest 不会出现`,
  ),
  digestHiddenHint: m(
    () => 'Readers see only the titles and covers; give the article its own slot if the digest matters.',
    () => '读者只会看到标题和封面；如果摘要很重要，给这篇文章单独安排一个推送时间。',
  ),
  outsideWindow: m(
    (p: { when: string; windows: string }) =>
      `Slot ${p.when} is outside the preferred send windows ${p.windows}`,
    (p) => `推送时间 ${zhWhen(p.when)} 不在推荐的推送窗口 ${zhList(p.windows)} 内`,
  ),
  outsideWindowHint: m(
    () =>
      'Readers open 公众号 messages mostly in the morning and evening; move the slot into a window, or disable the rule.',
    () => '读者大多在早晚打开公众号消息；把推送时间挪进推送窗口，或关闭这条规则。',
  ),
  coverRatio: m(
    (p: { w: number; h: number; ratio: string; position: number; head: number }) =>
      `Cover is ${p.w}×${p.h} (${p.ratio}:1); as ${p.head ? 'the head' : `article ${p.position}`} of its push it should be about ${p.head ? '2.35:1 (the head card is wide)' : '1:1 (non-head cards are square)'}`,
    (p) =>
      `封面是 ${p.w}×${p.h}（${p.ratio}:1）；作为推送的${p.head ? '头条' : `第 ${p.position} 篇`}，比例应接近 ${p.head ? '2.35:1（头条卡片是宽图）' : '1:1（次条卡片是方图）'}`,
  ),
  coverRatioHint: m(
    () => 'WeChat crops the cover; give it the right shape so nothing important is cut.',
    () => '微信会裁剪封面；用合适的比例，免得重要内容被裁掉。',
  ),
  sameDay: m(
    (p: { n: number; date: string; zone: string; names: string }) =>
      `${p.n} pushes on ${p.date} (${p.zone}): also ${p.names}; a subscription account can mass-send once a day`,
    (p) => `${p.date}（${p.zone}）有 ${p.n} 次推送，另有 ${zhList(p.names)}；订阅号每天只能群发一次`,
  ),
  sameDayHint: m(
    () => 'Move one push to another day, or give the articles the same slot to send them as one message.',
    () => '把其中一次推送挪到另一天，或给这些文章同一个推送时间，作为一条消息发出。',
  ),
  /** `all`: how many of the `n` went to all followers (they reach a tag's members too); `nth`: this push's place. */
  monthlyLimit: m(
    (p: { n: number; audience: string; month: string; all?: number; nth?: number }) =>
      `${p.nth ? `Push ${p.nth} of ` : ''}${p.n} pushes reaching ${p.audience} in ${p.month}${p.all ? ` (${p.all} of them to all followers)` : ''}; a service account (服务号) reaches each follower at most 4 times a month`,
    (p) =>
      `${p.month} 共有 ${p.n} 次推送触达 ${p.audience}${p.all ? `（其中 ${p.all} 次发给全部粉丝）` : ''}${p.nth ? `，这是第 ${p.nth} 次` : ''}；服务号每月最多触达每位粉丝 4 次`,
  ),
  monthlyLimitHint: m(
    () =>
      'Merge pushes or spread them over two months: WeChat refuses a mass send past the limit (errcode 45028). 发表 (mode publish) reaches no follower and has no such limit.',
    () =>
      '合并推送或分到两个月：超过上限的群发会被微信拒绝（errcode 45028）。发表（mode: publish）不推送给粉丝，没有这个限制。',
  ),
})
