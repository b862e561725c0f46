/**
 * What pr-check puts in the artifact is bounded: at most `MAX_FINDINGS_PER_ARTICLE` findings of an
 * article and `MAX_FINDINGS` in all. Errors come first everywhere; the budget left is then shared
 * fairly among the articles (water-filling: an article wanting less than its share leaves the rest to
 * the others), warnings before infos within an article, each in the order of the file — so a PR of
 * 60 articles keeps findings of every one, not 363 of the first 13 and none of the rest. An article
 * with more gets one info `pr/findings-omitted` at its first line saying how many the reviewer does
 * not see and how to list them all, its value the omitted counts by severity and how many of them
 * `check --fix` corrects (`errors/warnings/infos/fixable`, read back by `omittedCounts`). Without
 * the cap, an article pasted with 20,000 findings wrote a report.json of tens of megabytes that
 * pr-report refuses, and the PR got no comment at all.
 */
import { isArticleFact } from '../diagnostics/article-fact.js'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { renderText } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { prCheckMessages } from '../i18n/messages/pr-check.js'

export const MAX_FINDINGS_PER_ARTICLE = 1_000
export const MAX_FINDINGS = 5_000
const RANK = { error: 0, warning: 1, info: 2 } as const

/**
 * Shares `budget` among `demands`: each gets its demand or an equal share of what is left, if less
 * (what integer shares leave over goes one each to the first that want more).
 */
export function waterFill(demands: readonly number[], budget: number): number[] {
  const out = demands.map(() => 0)
  let left = budget
  const order = demands.map((_, i) => i).sort((a, b) => demands[a]! - demands[b]! || a - b)
  for (const [k, i] of order.entries()) {
    const share = Math.floor(left / (order.length - k))
    if (demands[i]! > share) {
      // the others all want more than an equal share: split what is left evenly, in file order
      const wanting = order.slice(k).sort((a, b) => a - b)
      for (const j of wanting) out[j] = share
      left -= share * wanting.length
      for (const j of wanting.slice(0, left)) out[j]!++
      return out
    }
    out[i] = demands[i]!
    left -= demands[i]!
  }
  return out
}

type Item = { d: Diagnostic; i: number }

/** The indexes kept: of each file's errors, then of its other findings, the number `waterFill` allots. */
function keptIndexes(files: readonly Item[][]): Set<number> {
  const ranked = files.map((list) =>
    [...list].sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || a.i - b.i),
  )
  const errors = ranked.map((list) => list.filter((x) => x.d.severity === 'error'))
  const rest = ranked.map((list) => list.filter((x) => x.d.severity !== 'error'))
  const errorShare = waterFill(
    errors.map((l) => Math.min(l.length, MAX_FINDINGS_PER_ARTICLE)),
    MAX_FINDINGS,
  )
  const used = errorShare.reduce((a, b) => a + b, 0)
  const restShare = waterFill(
    rest.map((l, f) => Math.min(l.length, MAX_FINDINGS_PER_ARTICLE - errorShare[f]!)),
    MAX_FINDINGS - used,
  )
  const kept = new Set<number>()
  for (const [f, list] of errors.entries()) for (const x of list.slice(0, errorShare[f])) kept.add(x.i)
  for (const [f, list] of rest.entries()) for (const x of list.slice(0, restShare[f])) kept.add(x.i)
  return kept
}

export function capFindings(diagnostics: readonly Diagnostic[], locale: Locale): Diagnostic[] {
  if (diagnostics.length <= Math.min(MAX_FINDINGS, MAX_FINDINGS_PER_ARTICLE)) return [...diagnostics]
  const byFile = new Map<string, Item[]>()
  for (const [i, d] of diagnostics.entries()) {
    const list = byFile.get(d.file)
    if (list) list.push({ d, i })
    else byFile.set(d.file, [{ d, i }])
  }
  const kept = keptIndexes([...byFile.values()])
  const out = diagnostics.filter((_, i) => kept.has(i))
  for (const [file, list] of byFile) {
    const dropped = list.filter((x) => !kept.has(x.i)).map((x) => x.d)
    if (dropped.length === 0) continue
    const left = (severity: string) => dropped.filter((d) => d.severity === severity).length
    const fixable = dropped.filter((d) => d.fix).length
    out.push({
      file,
      line: 1,
      column: 1,
      severity: 'info',
      ruleId: OMITTED_RULE,
      source: 'pr',
      message: renderText(
        prCheckMessages.msg.findingsOmitted({ n: dropped.length, total: list.length }),
        locale,
      ),
      hint: renderText(prCheckMessages.msg.findingsOmittedHint({ file }), locale),
      value: `${left('error')}/${left('warning')}/${left('info')}/${fixable}`,
    })
  }
  return out
}

export const OMITTED_RULE = 'pr/findings-omitted'

export interface OmittedCounts {
  error: number
  warning: number
  info: number
  /** Of those, how many `check --fix` corrects (0 in artifacts written before it was counted). */
  fixable: number
}

/** The findings a `pr/findings-omitted` notice stands for, by severity (zero for any other finding). */
export function omittedCounts(d: { ruleId: string; value?: string | undefined }): OmittedCounts {
  const m = d.ruleId === OMITTED_RULE ? /^(\d+)\/(\d+)\/(\d+)(?:\/(\d+))?$/.exec(d.value ?? '') : null
  return m
    ? { error: Number(m[1]), warning: Number(m[2]), info: Number(m[3]), fixable: Number(m[4] ?? 0) }
    : { error: 0, warning: 0, info: 0, fixable: 0 }
}

/** How many findings a notice stands for in all (zero for any other finding). */
export function omittedTotal(d: { ruleId: string; value?: string | undefined }): number {
  const c = omittedCounts(d)
  return c.error + c.warning + c.info
}

/**
 * The real totals of findings by severity, and how many `check --fix` corrects: each kept finding
 * counts once, a `pr/findings-omitted` notice counts as the findings it stands for (not itself).
 */
export function realCounts(
  findings: readonly {
    ruleId: string
    severity: string
    value?: string | undefined
    hint?: string | undefined
    fix?: unknown
  }[],
): OmittedCounts {
  const out = { error: 0, warning: 0, info: 0, fixable: 0 }
  for (const d of findings) {
    // 字数 is a fact of the comment's table, counted nowhere as a finding
    if (isArticleFact(d)) continue
    const o = omittedCounts(d)
    if (d.ruleId === OMITTED_RULE) {
      out.error += o.error
      out.warning += o.warning
      out.info += o.info
      out.fixable += o.fixable
    } else {
      if (d.severity === 'error' || d.severity === 'warning' || d.severity === 'info') out[d.severity]++
      if (d.fix) out.fixable++
    }
  }
  return out
}
