/**
 * The only `ics` import: the plan as an RFC 5545 calendar, one event per push, stable UIDs.
 */
import { createEvents, type EventAttributes } from 'ics'
import type { Article } from '../content/article.js'
import type { Plan } from './push.js'

export function planToIcs(plan: Plan, articles: readonly Article[]): { ok: true; ics: string } | { ok: false; error: string } {
  const title = new Map(articles.map((a) => [a.slug, a.frontmatter.title ?? a.slug]))
  const events: EventAttributes[] = plan.pushes.map((p) => {
    const d = new Date(p.slotMs)
    return {
      uid: `${p.id.replace(/[^A-Za-z0-9.]/g, '-')}@wxpress`,
      start: [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()],
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: 30 },
      title: `${p.blocked ? '[blocked] ' : ''}${p.articles.map((s) => title.get(s) ?? s).join(' / ')}`,
      description: `Audience: ${p.audience}\nMode: ${p.mode}\nArticles: ${p.articles.join(', ')}`,
      categories: ['wxpress'],
      productId: 'wxpress',
      calName: 'wxpress editorial calendar',
    }
  })
  if (events.length === 0) return { ok: true, ics: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:wxpress\r\nEND:VCALENDAR\r\n' }
  const { error, value } = createEvents(events)
  if (error || !value) return { ok: false, error: error?.message ?? 'calendar could not be built' }
  return { ok: true, ics: value.replace(/^DTSTAMP:.*\r\n/gm, '') }
}
