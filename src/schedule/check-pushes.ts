/**
 * The schedule rules over grouped pushes. Every finding sits on the `slot` line (or `audience`
 * line) of each file concerned and names the other files and the local date.
 */
import type { Config } from '../config/schema.js'
import { fieldPosition, type Article } from '../content/article.js'
import { formatLocalHuman, localDate, localMinutes, localMonth } from '../content/date-time.js'
import { report, type Severity } from '../diagnostics/diagnostic.js'
import { didYouMean } from '../diagnostics/did-you-mean.js'
import type { Draft } from './group-pushes.js'
import { accountConfig } from '../config/account-config.js'

export const ALL_FOLLOWERS = '全部粉丝'

export interface CheckInput {
  drafts: Draft[]
  config: Config
  nowMs: number
  sent: ReadonlySet<string>
  coverSizes: ReadonlyMap<string, { width: number; height: number }>
  publishing?: boolean
}

const names = (list: readonly Article[]) => list.map((a) => a.path).join(', ')

function onSlot(a: Article, severity: Severity, rule: string, message: string, hint: string, field: 'slot' | 'audience' = 'slot') {
  report(a.file, severity, `schedule/${rule}`, 'schedule', message, {
    place: fieldPosition(a, field), field, value: field === 'slot' ? a.frontmatter.slot : a.frontmatter.audience, hint,
  })
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
const toMinutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5))

export function checkPushes(input: CheckInput): void {
  const { drafts, config, nowMs, sent } = input
  const zone = config.timezone
  const { schedule } = config
  for (const d of drafts) {
    const when = formatLocalHuman(d.slotMs, zone)
    const isSent = d.articles.every((a) => sent.has(a.slug))
    if (d.articles.length > schedule.maxArticlesPerPush) {
      for (const a of d.articles) onSlot(a, 'error', 'too-many-articles', `${d.articles.length} articles share the slot ${when}; a push holds at most ${schedule.maxArticlesPerPush}: ${names(d.articles)}`, 'Move some articles to another slot.')
    }
    // articles whose audience is missing or invalid already have their own error
    const withAudience = d.articles.filter((a) => a.frontmatter.audience !== undefined)
    const audiences = new Set(withAudience.map((a) => a.frontmatter.audience))
    if (audiences.size > 1) {
      for (const a of withAudience) {
        const others = withAudience.filter((o) => o !== a && o.frontmatter.audience !== a.frontmatter.audience)
        onSlot(a, 'error', 'mixed-audience', `Same slot ${when} as ${names(others)} but a different audience (${a.frontmatter.audience} vs ${others.map((o) => o.frontmatter.audience).join(', ')})`, 'Articles of one push go to one audience: align `audience`, or move one article to another slot.', 'audience')
      }
    }
    const tags = accountConfig(config, d.account)?.tags
    for (const a of d.articles) {
      const audience = a.frontmatter.audience
      if (tags && audience && audience !== ALL_FOLLOWERS && !tags.includes(audience)) {
        const s = didYouMean(audience, [ALL_FOLLOWERS, ...tags])
        onSlot(a, 'error', 'unknown-audience', `Audience \`${audience}\` is not a follower tag of account \`${d.account}\``, s ? `Did you mean \`${s}\`?` : `Use ${ALL_FOLLOWERS} or one of: ${tags.join(', ')}.`, 'audience')
      }
      if (sent.has(a.slug) || input.publishing) continue
      const diff = d.slotMs - nowMs
      if (diff < 0) onSlot(a, 'error', 'past', `Slot ${when} is in the past and the article was never sent`, 'Move the slot to a future time (the article will not be sent late).')
      else if (diff < schedule.leadMinutes * 60_000) onSlot(a, 'warning', 'lead-time', `Slot ${when} is less than ${schedule.leadMinutes} minutes away`, 'Leave time for review and the draft upload, or pick a later slot.')
      else if (diff > schedule.horizonDays * 86_400_000) onSlot(a, 'info', 'far-future', `Slot ${when} is more than ${schedule.horizonDays} days ahead`, 'Check the year of the slot.')
    }
    const minutes = localMinutes(d.slotMs, zone)
    const inWindow = schedule.windows.some((w) => minutes >= toMinutes(w.start) && minutes <= toMinutes(w.end))
    if (!inWindow && !isSent) {
      const windows = schedule.windows.map((w) => `${w.start}–${w.end}`).join(', ')
      for (const a of d.articles) onSlot(a, 'warning', 'outside-window', `Slot ${when} (${hhmm(minutes)} local) is outside the preferred send windows ${windows}`, 'Readers open 公众号 messages mostly in the morning and evening; move the slot into a window, or disable the rule.')
    }
    checkCovers(d, input)
  }
  checkDays(input)
}

function checkCovers(d: Draft, input: CheckInput) {
  d.articles.forEach((a, i) => {
    const size = input.coverSizes.get(a.slug)
    if (!size) return
    const ratio = size.width / size.height
    const [want, label] = i === 0 ? [2.35, '2.35:1 (the head card is wide)'] : [1, '1:1 (non-head cards are square)']
    if (Math.abs(ratio - want) / want > 0.15) {
      report(a.file, 'warning', 'schedule/cover-ratio', 'schedule', `Cover is ${size.width}×${size.height} (${ratio.toFixed(2)}:1); as ${i === 0 ? 'the head' : `article ${i + 1}`} of its push it should be about ${label}`, {
        place: fieldPosition(a, 'cover'), field: 'cover', value: a.frontmatter.cover, hint: 'WeChat crops the cover; give it the right shape so nothing important is cut.',
      })
    }
  })
}

function checkDays({ drafts, config }: CheckInput) {
  const zone = config.timezone
  const byDay = new Map<string, Draft[]>()
  for (const d of drafts) {
    const key = `${d.account}|${localDate(d.slotMs, zone)}`
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
      for (const a of d.articles) {
        onSlot(a, broadcast ? 'error' : 'warning', 'same-day', `${list.length} pushes on ${date} (${zone}): also ${names(others)}; a subscription account can mass-send once a day`, 'Move one push to another day, or give the articles the same slot to send them as one message.')
      }
    }
  }
  const months = new Map<string, Draft[]>()
  for (const d of drafts) {
    if (accountConfig(config, d.account)?.kind !== 'service') continue
    const key = `${d.account}|${localMonth(d.slotMs, zone)}|${d.articles[0]?.frontmatter.audience ?? ''}`
    months.set(key, [...(months.get(key) ?? []), d])
  }
  for (const [key, list] of months) {
    if (list.length <= 4) continue
    const [, month, audience] = key.split('|')
    for (const a of list.flatMap((d) => d.articles)) {
      onSlot(a, 'warning', 'monthly-limit', `${list.length} pushes to ${audience} in ${month}; a service account (服务号) reaches each follower at most 4 times a month`, 'Merge pushes or spread them over two months; followers past the limit do not receive the message.')
    }
  }
}
