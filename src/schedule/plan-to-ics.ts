/**
 * The only `ics` import: the plan as an RFC 5545 calendar, one event per push, stable UIDs.
 * Every VEVENT has the DTSTAMP RFC 5545 requires: the plan's clock (`--now`), so a run is reproducible.
 * Lines end in CRLF and are folded at 75 octets (the `ics` package folds at 75 characters, which
 * Chinese titles make up to 225 octets), never inside a UTF-8 character.
 */
import { createEvents, type EventAttributes } from 'ics'
import type { Article } from '../content/article.js'
import { accountPrefix, type Plan } from './push.js'
import { writtenTitle } from '../content/written-value.js'
import { t } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { planMessages } from '../i18n/messages/plan.js'

export function planToIcs(
  plan: Plan,
  articles: readonly Article[],
  nowMs: number,
  /** Titles, descriptions and the calendar's name follow the site's locale (DESIGN §9). */
  locale: Locale = 'en',
): { ok: true; ics: string } | { ok: false; error: string } {
  const { msg } = planMessages
  const title = new Map(articles.map((a) => [a.slug, writtenTitle(a)]))
  const events: EventAttributes[] = plan.pushes.map((p) => {
    const d = new Date(p.slotMs)
    return {
      uid: `${p.id.replace(/[^A-Za-z0-9.]/g, '-')}@wxpress`,
      start: [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()],
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 30 },
      title: `${p.blocked ? t(locale, msg.icsBlocked()) : ''}${p.articles.map((s) => title.get(s) ?? s).join(' / ')}`,
      description: t(
        locale,
        msg.icsDescription({
          audience: accountPrefix(plan, p) + p.audience,
          mode: t(locale, msg.mode({ mode: p.mode })),
          articles: p.articles.join(', '),
        }),
      ),
      categories: ['wxpress'],
      timestamp: nowMs,
      productId: 'wxpress',
      calName: t(locale, msg.icsName()),
    }
  })
  if (events.length === 0)
    return { ok: true, ics: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:wxpress\r\nEND:VCALENDAR\r\n' }
  const { error, value } = createEvents(events)
  if (error || !value) return { ok: false, error: error?.message ?? 'calendar could not be built' }
  return { ok: true, ics: foldIcs(value) }
}

/** Unfolds the lines, then folds each at 75 octets (continuation lines start with a space, RFC 5545 §3.1). */
export function foldIcs(ics: string): string {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  let limit = 75
  for (const char of line) {
    const size = Buffer.byteLength(char)
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74 // after the leading space
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}
