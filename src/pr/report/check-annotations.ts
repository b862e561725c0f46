/**
 * The `wxpress` check run from the artifact's findings: one annotation per finding (errors first),
 * in requests of at most 50 (the Checks API limit), the conclusion, and a digest of everything sent
 * so that a re-run with the same findings can see the same report is already there.
 */
import { createHash } from 'node:crypto'
import type { ReportDiagnostic } from '../report-schema.js'
import { cutText } from '../../core/code-points.js'
import { realCounts } from '../cap-findings.js'
import { isArticleFact } from '../../diagnostics/article-fact.js'
import { t } from '../../i18n/catalogue.js'
import { reportMessages } from '../../i18n/messages/report.js'

/** How every summary of ours ends: this, the report's digest, ` -->`. */
export const DIGEST_PREFIX = '<!-- wxpress:check-digest:'

/** A hint as the CLI labels it (`建议：`; `提示` is the info severity's name). */
const hintLine = (hint: string) => t('zh-CN', reportMessages.msg.hint({ hint }))

export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub's limit for `message` and `raw_details`. */
const MAX_MESSAGE = 60_000

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

const LEVEL = { error: 'failure', warning: 'warning', info: 'notice' } as const
const RANK = { error: 0, warning: 1, info: 2 } as const

/** Findings ordered for reading: errors, warnings, infos; then by file, line, column. */
export function sortFindings(diagnostics: readonly ReportDiagnostic[]): ReportDiagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column,
  )
}

export function toAnnotation(d: ReportDiagnostic): Annotation {
  const start = Math.max(1, d.line)
  const end = Math.max(start, d.endLine ?? start)
  const a: Annotation = {
    path: d.file,
    start_line: start,
    end_line: end,
    annotation_level: LEVEL[d.severity],
    title: d.ruleId,
    message: cutText(d.hint ? `${d.message}\n${hintLine(d.hint)}` : d.message, MAX_MESSAGE),
  }
  if (start === end && d.column >= 1) {
    a.start_column = d.column
    a.end_column = Math.max(d.column, d.endLine === d.line && d.endColumn ? d.endColumn : d.column)
  }
  return a
}

/** Splits into requests of at most `size`. */
export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export type Conclusion = 'success' | 'neutral' | 'failure'

/** `failure` with errors, `neutral` with warnings only (passes required checks), else `success`. */
export function conclusionOf(diagnostics: readonly ReportDiagnostic[]): Conclusion {
  if (diagnostics.some((d) => d.severity === 'error')) return 'failure'
  return diagnostics.some((d) => d.severity === 'warning') ? 'neutral' : 'success'
}

export interface CheckPlan {
  conclusion: Conclusion
  title: string
  summary: string
  annotations: Annotation[][]
  /** Hidden line at the end of the summary; equal digests mean an identical check run. */
  digest: string
}

export function planCheckRun(diagnostics: readonly ReportDiagnostic[], summaryText: string): CheckPlan {
  // 字数 is in the comment's table: no annotation on every article's front matter
  const sorted = sortFindings(diagnostics.filter((d) => !isArticleFact(d)))
  // the real totals: a pr/findings-omitted notice stands for the findings pr-check left out
  const { error: errors, warning: warnings, info: notices } = realCounts(sorted)
  const title =
    errors + warnings + notices === 0
      ? '没有问题'
      : [errors && `${errors} 个错误`, warnings && `${warnings} 个警告`, notices && `${notices} 条提示`]
          .filter(Boolean)
          .join('，')
  const annotations = batches(sorted.map(toAnnotation))
  const conclusion = conclusionOf(sorted)
  const hash = createHash('sha256')
    .update(JSON.stringify({ conclusion, title, summaryText, annotations }))
    .digest('hex')
  const digest = `${DIGEST_PREFIX}${hash.slice(0, 32)} -->`
  return { conclusion, title, summary: `${cutText(summaryText, 60_000)}\n\n${digest}`, annotations, digest }
}
