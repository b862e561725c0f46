/**
 * The schedule rules over grouped pushes. Every finding sits on the `slot` line (or `audience`
 * line) of each file concerned and names the other files and the local date.
 */
import type { Config } from '../config/schema.js'
import { localClock, type LocalClock } from '../core/date-time.js'
import type { Draft } from './group-pushes.js'
import { scheduleMessages } from '../i18n/messages/schedule.js'
const { msg } = scheduleMessages
import { names, onSlot } from './on-slot.js'
import { checkCovers } from './check-covers.js'
import { checkDays } from './check-days.js'
import { checkAudience } from './check-audience.js'

export interface CheckInput {
  drafts: Draft[]
  config: Config
  nowMs: number
  sent: ReadonlySet<string>
  /** Sent under an earlier folder name (blocked elsewhere): no timing finding of its own. */
  renamed?: ReadonlySet<string>
  /** Whose ledger cannot be read (blocked elsewhere): whether they were sent is not known. */
  unknown?: ReadonlySet<string>
  coverSizes: ReadonlyMap<string, { width: number; height: number }>
  publishing?: boolean
  /** Local times in `config.timezone` (default: a clock of its own). */
  clock?: LocalClock | undefined
}

/**
 * A slot that passed and was not sent: publish still sends it up to `maxLatenessMinutes` late (a
 * warning that it will go out late), later never (an error).
 */
function checkLate(
  a: Draft['articles'][number],
  slotMs: number,
  nowMs: number,
  config: Config,
  clock: LocalClock,
) {
  const when = clock.human(slotMs)
  const minutes = config.schedule.maxLatenessMinutes
  const late = Math.ceil((nowMs - slotMs) / 60_000)
  if (nowMs - slotMs <= minutes * 60_000) {
    const until = clock.human(slotMs + minutes * 60_000)
    onSlot(a, 'warning', 'late', msg.late({ when, late, until }), msg.lateHint({ until, minutes }))
  } else onSlot(a, 'error', 'past', msg.past({ when, minutes }), msg.pastHint({ minutes }))
}

const toMinutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5))

export function checkPushes(input: CheckInput): void {
  const { drafts, config, nowMs, sent } = input
  const clock = input.clock ?? localClock(config.timezone)
  const { schedule } = config
  for (const d of drafts) {
    const when = clock.human(d.slotMs)
    const isSent = d.articles.every((a) => sent.has(a.slug))
    if (d.articles.length > schedule.maxArticlesPerPush) {
      for (const a of d.articles)
        onSlot(
          a,
          'error',
          'too-many-articles',
          msg.tooMany({
            n: d.articles.length,
            when,
            max: schedule.maxArticlesPerPush,
            names: names(d.articles),
          }),
          msg.tooManyHint(),
        )
    }
    // WeChat shows no digest in a push of 2+ articles (the emulator models it): say so where it is written
    if (d.articles.length > 1 && !isSent) {
      for (const a of d.articles.filter((x) => x.frontmatter.digest)) {
        const n = d.articles.length
        onSlot(a, 'info', 'digest-hidden', msg.digestHidden({ when, n }), msg.digestHiddenHint(), 'digest')
      }
    }
    // articles whose audience is missing or invalid already have their own error
    const withAudience = d.articles.filter((a) => a.frontmatter.audience !== undefined)
    const audiences = new Set(withAudience.map((a) => a.frontmatter.audience))
    if (audiences.size > 1) {
      for (const a of withAudience) {
        const others = withAudience.filter(
          (o) => o !== a && o.frontmatter.audience !== a.frontmatter.audience,
        )
        onSlot(
          a,
          'error',
          'mixed-audience',
          msg.mixedAudience({
            when,
            names: names(others),
            mine: a.frontmatter.audience ?? '',
            theirs: [...new Set(others.map((o) => o.frontmatter.audience))].join(', '),
          }),
          msg.mixedAudienceHint(),
          'audience',
        )
      }
    }
    for (const a of d.articles) {
      checkAudience(a, d.account, config)
      if (sent.has(a.slug) || input.renamed?.has(a.slug) || input.unknown?.has(a.slug)) continue
      if (input.publishing) continue
      const diff = d.slotMs - nowMs
      if (diff < 0) checkLate(a, d.slotMs, nowMs, config, clock)
      else if (diff < schedule.leadMinutes * 60_000)
        onSlot(
          a,
          'warning',
          'lead-time',
          msg.leadTime({ when, minutes: schedule.leadMinutes }),
          msg.leadTimeHint(),
        )
      else if (diff > schedule.horizonDays * 86_400_000)
        onSlot(
          a,
          'info',
          'far-future',
          msg.farFuture({ when, days: schedule.horizonDays }),
          msg.farFutureHint(),
        )
    }
    const minutes = clock.minutes(d.slotMs)
    const inWindow = schedule.windows.some(
      (w) => minutes >= toMinutes(w.start) && minutes <= toMinutes(w.end),
    )
    if (!inWindow && !isSent) {
      const windows = schedule.windows.map((w) => `${w.start}–${w.end}`).join(', ')
      for (const a of d.articles)
        onSlot(a, 'warning', 'outside-window', msg.outsideWindow({ when, windows }), msg.outsideWindowHint())
    }
    checkCovers(d, input.coverSizes)
  }
  checkDays(input, clock)
}
