/**
 * A clone that never ran `state pull` has no ledger: every push past its slot and the allowed lateness
 * then looks "missed, not sent", though another machine may have sent it. Said once, before the
 * run's lines. (A push still inside its window is sent: WeChat's clientmsgid check answers 45065 for
 * one another machine sent in the last 24 hours.)
 */
import { readdirSync } from 'node:fs'
import type { Plan } from '../schedule/push.js'

/** How far back a passed slot makes an empty ledger folder worth a warning. */
const RECENT_MS = 7 * 24 * 3_600_000

/**
 * How many pushes of the last week this run would call missed (past their slot and the allowed
 * lateness, `lateMs`) when `stateDir` holds no ledger; 0 when none, or when ledgers are there.
 */
export function pastPushesWithoutLedger(stateDir: string, plan: Plan, nowMs: number, lateMs: number): number {
  const past = plan.pushes.filter((p) => nowMs - p.slotMs > lateMs && nowMs - p.slotMs <= RECENT_MS).length
  if (past === 0) return 0
  let names: string[]
  try {
    names = readdirSync(stateDir)
  } catch {
    names = []
  }
  return names.some((name) => name.endsWith('.json')) ? 0 : past
}
