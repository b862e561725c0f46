import type { Config } from '../config/schema.js'
import type { LocalClock } from '../core/date-time.js'
import type { Draft } from './group-pushes.js'
import { accountConfig } from '../config/account-config.js'
import { scheduleMessages } from '../i18n/messages/schedule.js'
import { names, onSlot } from './on-slot.js'
import { ALL_FOLLOWERS } from './audience-hint.js'
const { msg } = scheduleMessages

/**
 * Two pushes of one subscription account on a day; more than four mass sends a month reaching a service
 * account's audience (a tag's count includes the sends to all followers): the fifth and later are an
 * error in broadcast mode, which WeChat refuses (45028).
 */
export function checkDays(
  { drafts, config, sent }: { drafts: readonly Draft[]; config: Config; sent: ReadonlySet<string> },
  clock: LocalClock,
): void {
  const zone = config.timezone
  const byDay = new Map<string, Draft[]>()
  for (const d of drafts) {
    const key = `${d.account}|${clock.date(d.slotMs)}`
    byDay.set(key, [...(byDay.get(key) ?? []), d])
  }
  for (const [key, list] of byDay) {
    if (list.length < 2) continue
    const account = accountConfig(config, list[0]!.account)
    if (account?.kind === 'service') continue
    const date = key.split('|')[1]
    const broadcast = list.some((d) => d.mode === 'broadcast')
    for (const d of list) {
      const others = list.filter((o) => o !== d).flatMap((o) => o.articles)
      // an article already sent cannot move: the finding is the new ones' to act on
      for (const a of d.articles.filter((x) => !sent.has(x.slug))) {
        onSlot(
          a,
          broadcast ? 'error' : 'warning',
          'same-day',
          msg.sameDay({ n: list.length, date: date ?? '', zone, names: names(others) }),
          msg.sameDayHint(),
        )
      }
    }
  }
  const months = new Map<string, Draft[]>()
  for (const d of drafts) {
    // 发表 (freepublish) reaches no follower: only mass sends count (drafts may become them)
    if (accountConfig(config, d.account)?.kind !== 'service' || d.mode === 'publish') continue
    const key = `${d.account}|${clock.month(d.slotMs)}|${d.articles[0]?.frontmatter.audience ?? ''}`
    months.set(key, [...(months.get(key) ?? []), d])
  }
  for (const [key, list] of months) {
    const [account, month, audience] = key.split('|')
    // a send to all followers reaches a tag's members too: it counts against the tag's four
    const toAll = audience === ALL_FOLLOWERS ? [] : (months.get(`${account}|${month}|${ALL_FOLLOWERS}`) ?? [])
    const reach = [...list, ...toAll].sort((a, b) => a.slotMs - b.slotMs)
    if (reach.length <= 4) continue
    // WeChat refuses a mass send past the limit (45028): the fifth and later, not the four before
    const refused = list.some((d) => d.mode === 'broadcast')
    for (const [i, d] of reach.entries()) {
      if (i < 4 || !list.includes(d)) continue
      for (const a of d.articles.filter((x) => !sent.has(x.slug))) {
        const all = toAll.length
        onSlot(
          a,
          refused ? 'error' : 'warning',
          'monthly-limit',
          msg.monthlyLimit({
            n: reach.length,
            audience: audience ?? '',
            month: month ?? '',
            all,
            nth: i + 1,
          }),
          msg.monthlyLimitHint(),
        )
      }
    }
  }
}
