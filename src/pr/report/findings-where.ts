/**
 * Where a reviewer finds the findings of a pull request, said once and with the real totals: the
 * comment lists some, the `wxpress` check run annotates every finding pr-check kept in the artifact,
 * and what pr-check left out over its cap (`pr/findings-omitted`) only a local `check` shows. The
 * comment and the check run's summary use the same numbers.
 */
import {
  MAX_FINDINGS,
  MAX_FINDINGS_PER_ARTICLE,
  OMITTED_RULE,
  omittedTotal,
  realCounts,
} from '../cap-findings.js'
import type { ReportDiagnostic } from '../report-schema.js'

/** How a reviewer lists every finding locally (never a bare `npx wxpress`). */
export const CHECK_COMMAND = 'npx --no-install wxpress check'

export const thousands = (n: number) => n.toLocaleString('en')

export interface FindingTotals {
  /** Every finding of the check, those pr-check left out included. */
  all: number
  /** Findings annotated in the check run (pr-check's notices not counted). */
  inRun: number
  /** Findings pr-check left out of the artifact: only a local `check` lists them. */
  beyond: number
  /** Of `all`, how many `check --fix` corrects. */
  fixable: number
}

export function findingTotals(diagnostics: readonly ReportDiagnostic[]): FindingTotals {
  const real = realCounts(diagnostics)
  return {
    all: real.error + real.warning + real.info,
    inRun: diagnostics.filter((d) => d.ruleId !== OMITTED_RULE).length,
    beyond: diagnostics.reduce((n, d) => n + omittedTotal(d), 0),
    fixable: real.fixable,
  }
}

/** The sentence about what only a local check shows (empty when the check run has everything). */
export function beyondSentence(t: FindingTotals): string {
  if (t.beyond === 0) return ''
  return (
    `其余 ${thousands(t.beyond)} 条超出了 PR 报告的上限（每篇最多 ${thousands(MAX_FINDINGS_PER_ARTICLE)} 条、` +
    `共 ${thousands(MAX_FINDINGS)} 条，错误优先，其余按篇平分），检查运行里没有，` +
    `只有在本地运行 \`${CHECK_COMMAND}\` 才能看到`
  )
}

/**
 * The comment's one statement of what is where: `shown` findings listed in the comment, the check
 * run (`run`: its link or name) annotating `inRun`, the rest only locally.
 */
export function whereLine(t: FindingTotals, shown: number, run: string, warnings = true): string {
  const rest = beyondSentence(t)
  const inRun =
    t.beyond > 0
      ? `${run}以标注列出其中 ${thousands(t.inRun)} 条；${rest}。`
      : `全部 ${thousands(t.inRun)} 条都在${run}里以标注列出。`
  return `> ✂️ 本 PR 共有 ${thousands(t.all)} 条检查结果，评论里每篇先列错误${warnings ? '、再列警告' : ''}，共列出 ${thousands(shown)} 条；${inRun}`
}

/** The check run summary's sentence about its annotations. */
export function runLine(t: FindingTotals): string {
  if (t.all === 0) return '没有需要标注的问题。'
  if (t.beyond === 0) return '每条问题都在下面的标注（annotations）里，并标在文件的对应行上。'
  return (
    `下面的标注（annotations）标出了其中 ${thousands(t.inRun)} 条，并标在文件的对应行上；` +
    `${beyondSentence(t)}。`
  )
}
