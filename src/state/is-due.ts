/**
 * `wxpress due`: is there anything for `publish` to do now? Reads front-matter and ledgers only (no
 * render, no lint), so a cron job can skip installing and rendering when nothing is due.
 */
import type { Draft } from '../schedule/group-pushes.js'
import type { LedgerView } from './ledger-view.js'

/** A missed push still makes `due` true this long after its slot, so `publish` reports it (exit 1). */
export const MISSED_ALERT_MS = 24 * 3_600_000

export interface DueInput {
  pushes: readonly Draft[]
  ledgerOf: (slug: string) => Promise<LedgerView>
  nowMs: number
  maxLatenessMs: number
}

export async function isDue(input: DueInput): Promise<{ due: boolean; reasons: string[] }> {
  const reasons: string[] = []
  for (const push of input.pushes) {
    const slugs = push.articles.map((a) => a.slug)
    const views = await Promise.all(slugs.map(async (slug) => [slug, await input.ledgerOf(slug)] as const))
    const label = `${new Date(push.slotMs).toISOString()} ${slugs.join(' + ')}`
    const unreadable = views.find(([, v]) => v.kind === 'unreadable')
    if (unreadable) {
      reasons.push(`${label}: the ledger of ${unreadable[0]} is unreadable; publish blocks it and says why`)
      continue
    }
    const entries = views.map(([, v]) => (v.kind === 'entry' ? v : undefined))
    if (entries.every((e) => e?.state === 'sent')) continue
    const late = input.nowMs - push.slotMs
    if (entries.some((e) => e?.state === 'sending'))
      reasons.push(`${label}: a send was interrupted; publish reconciles it`)
    else if (late >= 0 && late <= input.maxLatenessMs) reasons.push(`${label}: due now`)
    else if (late > input.maxLatenessMs && late <= input.maxLatenessMs + MISSED_ALERT_MS) {
      reasons.push(`${label}: missed; publish reports it`)
    } else if (late < 0) {
      const unprepared = views.filter(
        ([, v]) => v.kind === 'missing' || (v.kind === 'entry' && !v.draftMediaId),
      )
      if (unprepared.length > 0)
        reasons.push(`${label}: ${unprepared.map(([s]) => s).join(', ')} needs a draft prepared`)
    }
  }
  return { due: reasons.length > 0, reasons }
}
