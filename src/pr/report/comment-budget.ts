/**
 * How the sticky comment spends GitHub's 65,536 characters on a large pull request: the levels of
 * detail tried in turn (errors are the last thing cut: each article lists its errors before any
 * warning), and appending blocks while they fit.
 */
import type { ReportDiagnostic } from '../report-schema.js'

/** How many findings to list: errors first, then `others` of the warnings and notes. */
export interface FindingLimit {
  errors: number
  others: number
}

/** The findings `limit` lets through: the first errors, then the first others (input is sorted). */
export function listed(findings: readonly ReportDiagnostic[], limit: number | FindingLimit) {
  const { errors, others } = typeof limit === 'number' ? { errors: limit, others: limit } : limit
  const errs = findings.filter((d) => d.severity === 'error')
  const rest = findings.filter((d) => d.severity !== 'error')
  return [...errs.slice(0, errors), ...rest.slice(0, others)]
}

export interface Level extends FindingLimit {
  /** Sections without the facts table and the screenshot. */
  compact?: boolean
}

/** From the most detail to the least; the first whose sections fit is used. */
export const LEVELS: readonly Level[] = [
  { errors: 30, others: 30 },
  { errors: 10, others: 10 },
  { errors: 10, others: 3 },
  { errors: 10, others: 0 },
  { errors: 10, others: 3, compact: true },
  { errors: 10, others: 0, compact: true },
  { errors: 3, others: 0, compact: true },
  { errors: 1, others: 0, compact: true },
  { errors: 0, others: 0, compact: true },
]

/** Appends blocks while they fit in `budget`; returns how many did. */
export function fill(out: string[], blocks: string[], budget: number): number {
  let used = out.reduce((n, s) => n + s.length + 1, 0)
  let i = 0
  for (; i < blocks.length; i++) {
    if (used + blocks[i]!.length + 1 > budget) break
    out.push(blocks[i]!)
    used += blocks[i]!.length + 1
  }
  return i
}
