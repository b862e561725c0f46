/**
 * `wxpress due`: is there anything for `publish` to do now? Reads front-matter and ledgers only (no
 * render, no lint), so a cron job can skip installing and rendering when nothing is due.
 */
import type { Draft } from '../schedule/group-pushes.js'
import type { LedgerView } from './ledger-view.js'
import type { Locale, Message } from '../i18n/message.js'
import { formatLocalHuman } from '../core/date-time.js'
import { stateMessages as sm } from '../i18n/messages/state.js'

/** A missed push still makes `due` true this long after its slot, so `publish` reports it (exit 1). */
export const MISSED_ALERT_MS = 24 * 3_600_000

export interface DueInput {
  pushes: readonly Draft[]
  ledgerOf: (slug: string) => Promise<LedgerView>
  nowMs: number
  maxLatenessMs: number
  /** The site's zone: each reason names its push by local time, as `publish` does (`2027-03-01 20:00 周一`). */
  timezone: string
  locale?: Locale | undefined
}

export async function isDue(input: DueInput): Promise<{ due: boolean; reasons: Message[] }> {
  const reasons: Message[] = []
  for (const push of input.pushes) {
    const slugs = push.articles.map((a) => a.slug)
    const views = await Promise.all(slugs.map(async (slug) => [slug, await input.ledgerOf(slug)] as const))
    const label = `${formatLocalHuman(push.slotMs, input.timezone, input.locale)} ${slugs.join(' + ')}`
    const unreadable = views.find(([, v]) => v.kind === 'unreadable')
    if (unreadable) {
      reasons.push(sm.msg.dueUnreadable({ label, slug: unreadable[0] }))
      continue
    }
    const entries = views.map(([, v]) => (v.kind === 'entry' ? v : undefined))
    if (entries.every((e) => e?.state === 'sent')) continue
    const late = input.nowMs - push.slotMs
    // `mode: draft`: the draft in the draft box is the whole job (an editor sends it by hand)
    if (push.mode === 'draft' && late >= 0 && entries.every((e) => e?.draftMediaId)) continue
    if (entries.some((e) => e?.state === 'sending')) reasons.push(sm.msg.dueInterrupted({ label }))
    else if (late >= 0 && late <= input.maxLatenessMs) reasons.push(sm.msg.dueNow({ label }))
    else if (late > input.maxLatenessMs && late <= input.maxLatenessMs + MISSED_ALERT_MS) {
      reasons.push(sm.msg.dueMissed({ label }))
    } else if (late < 0) {
      const unprepared = views.filter(
        ([, v]) => v.kind === 'missing' || (v.kind === 'entry' && !v.draftMediaId),
      )
      if (unprepared.length > 0)
        reasons.push(sm.msg.dueDraft({ label, slugs: unprepared.map(([s]) => s).join(', ') }))
    }
  }
  return { due: reasons.length > 0, reasons }
}
