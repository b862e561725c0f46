import type { Diagnostic } from '../diagnostics/diagnostic.js'

export type Mode = 'draft' | 'publish' | 'broadcast'

/** One mass message: the articles sharing a slot instant and an account (head first). */
export interface Push {
  /** Stable id: `<account>@<utc>`. */
  id: string
  account: string
  slotMs: number
  /** The slot in the site zone, with offset. */
  slot: string
  /** The slot in UTC (`…Z`). */
  utc: string
  /** Local calendar date in the site zone. */
  localDate: string
  audience: string
  /** Slugs, head article first, stable order. */
  articles: string[]
  /** An article has errors (from any stage) or the push itself is invalid: never sent. */
  blocked: boolean
  /** Every article of it is sent, per the publish ledger. */
  sent: boolean
  /** Why it is blocked: every error on its articles (empty when not blocked). */
  blockedBy: { file: string; ruleId: string; message: string }[]
  diagnostics: Diagnostic[]
  mode: Mode
}

/** An unscheduled article whose `slot` is written but invalid, with the first error on it. */
export interface InvalidSlot {
  slug: string
  file: string
  line: number
  /** The value as written. */
  value: string
  ruleId: string
  message: string
}

export interface Plan {
  timezone: string
  pushes: Push[]
  /** Slugs without a (valid) slot (those with unreadable front-matter included, as in the JSON plan). */
  unscheduled: string[]
  /** Of `unscheduled`, the slugs whose front-matter could not be read: their slot is unknown. */
  unreadable: string[]
  /** Of `unscheduled`, the articles with a `slot` that is written but invalid (the pretty plan says why). */
  invalidSlots: InvalidSlot[]
  /** The errors of the `unreadable` articles: the pretty plan counts them (the JSON plan keeps schedule findings only). */
  unreadableErrors: Diagnostic[]
  diagnostics: Diagnostic[]
}

/** `sub · ` before a push's mode and audience when the plan has pushes of more than one account, else ''. */
export function accountPrefix(plan: Pick<Plan, 'pushes'>, push: Pick<Push, 'account'>): string {
  return plan.pushes.some((p) => p.account !== push.account) ? `${push.account} · ` : ''
}
