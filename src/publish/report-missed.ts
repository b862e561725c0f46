/**
 * `reportMissed`: a push past its lateness window, never sent late. An error while the miss is new
 * (the day after the window, as long as `wxpress due` keeps calling publish for it); afterwards a
 * warning that names it and says how to reschedule, so one old miss does not fail every later run.
 */
import type { Config } from '../config/schema.js'
import { type Article, fieldPosition } from '../content/article.js'
import { formatLocalHuman } from '../core/date-time.js'
import { report } from '../diagnostics/diagnostic.js'
import type { Locale } from '../i18n/message.js'
import { publishMessages } from '../i18n/messages/publish.js'
import type { Push } from '../schedule/push.js'
import { MISSED_ALERT_MS } from '../state/is-due.js'
import { latenessMinutes, type PushResult } from './push-result.js'

const { msg } = publishMessages

export function reportMissed(
  input: { config: Config; nowMs: number; timezone: string; locale?: Locale | undefined },
  push: Push,
  articles: readonly Article[],
): PushResult {
  const minutes = input.config.schedule.maxLatenessMinutes
  const old = input.nowMs - push.slotMs > minutes * 60_000 + MISSED_ALERT_MS
  const slot = formatLocalHuman(push.slotMs, input.timezone, input.locale)
  const lateness = latenessMinutes(push, input.nowMs)
  for (const a of articles) {
    const message = old
      ? msg.missedOld({ slot, slug: a.slug })
      : msg.missed({ slot, minutes, late: lateness })
    report(a.file, old ? 'warning' : 'error', 'publish/missed', 'publish', message, {
      place: fieldPosition(a, 'slot'),
      value: a.frontmatter.slot,
      hint: old ? msg.missedOldHint() : msg.missedHint(),
    })
  }
  const due = push.slotMs <= input.nowMs
  return { status: 'missed', push, due, latenessMinutes: lateness, ...(old ? { old } : {}) }
}
