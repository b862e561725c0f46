/**
 * What pr-check puts in the artifact is bounded: at most `MAX_FINDINGS_PER_ARTICLE` findings of an
 * article and `MAX_FINDINGS` in all, errors first, then warnings, then infos (each in the order of
 * the file). An article with more gets one info `pr/findings-omitted` at its first line saying how
 * many the reviewer does not see and how to list them all, its value the omitted counts by severity
 * (`errors/warnings/infos`, read back by `omittedCounts`); the per-file counts of the check document
 * stay the real totals. Without the cap, an article pasted with 20,000 findings wrote a report.json
 * of tens of megabytes that pr-report refuses, and the PR got no comment at all.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { renderText } from '../i18n/catalogue.js'
import type { Locale } from '../i18n/message.js'
import { prCheckMessages } from '../i18n/messages/pr-check.js'

export const MAX_FINDINGS_PER_ARTICLE = 1_000
export const MAX_FINDINGS = 5_000
const RANK = { error: 0, warning: 1, info: 2 } as const

/** The indexes of the `max` findings kept: by severity, then in order. */
function keep(list: readonly { d: Diagnostic; i: number }[], max: number): Set<number> {
  const ranked = [...list].sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || a.i - b.i)
  return new Set(ranked.slice(0, max).map((x) => x.i))
}

export function capFindings(diagnostics: readonly Diagnostic[], locale: Locale): Diagnostic[] {
  if (diagnostics.length <= Math.min(MAX_FINDINGS, MAX_FINDINGS_PER_ARTICLE)) return [...diagnostics]
  const byFile = new Map<string, { d: Diagnostic; i: number }[]>()
  for (const [i, d] of diagnostics.entries()) {
    const list = byFile.get(d.file)
    if (list) list.push({ d, i })
    else byFile.set(d.file, [{ d, i }])
  }
  const perFile = new Set<number>()
  for (const list of byFile.values()) for (const i of keep(list, MAX_FINDINGS_PER_ARTICLE)) perFile.add(i)
  const kept = keep(
    diagnostics.map((d, i) => ({ d, i })).filter((x) => perFile.has(x.i)),
    MAX_FINDINGS,
  )
  const out = diagnostics.filter((_, i) => kept.has(i))
  for (const [file, list] of byFile) {
    const shown = list.filter((x) => kept.has(x.i)).length
    if (shown === list.length) continue
    const n = list.length - shown
    const left = (severity: string) => list.filter((x) => x.d.severity === severity && !kept.has(x.i)).length
    out.push({
      file,
      line: 1,
      column: 1,
      severity: 'info',
      ruleId: OMITTED_RULE,
      source: 'pr',
      message: renderText(prCheckMessages.msg.findingsOmitted({ n, total: list.length }), locale),
      hint: renderText(prCheckMessages.msg.findingsOmittedHint({ file }), locale),
      value: `${left('error')}/${left('warning')}/${left('info')}`,
    })
  }
  return out
}

export const OMITTED_RULE = 'pr/findings-omitted'

/** The findings a `pr/findings-omitted` notice stands for, by severity (zero for any other finding). */
export function omittedCounts(d: { ruleId: string; value?: string | undefined }): {
  error: number
  warning: number
  info: number
} {
  const m = d.ruleId === OMITTED_RULE ? /^(\d+)\/(\d+)\/(\d+)$/.exec(d.value ?? '') : null
  return m
    ? { error: Number(m[1]), warning: Number(m[2]), info: Number(m[3]) }
    : { error: 0, warning: 0, info: 0 }
}

/** How many findings a notice stands for in all (zero for any other finding). */
export function omittedTotal(d: { ruleId: string; value?: string | undefined }): number {
  const c = omittedCounts(d)
  return c.error + c.warning + c.info
}
