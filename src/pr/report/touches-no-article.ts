/**
 * Whether a pull request gives pr-report nothing to say: it changed no article, deleted none, and
 * touched no theme, config or plugin, and the check found nothing (a README-only pull request, which
 * the check workflow runs on too, so that its required check passes). pr-report then writes nothing
 * at all — no comment, no check run — unless a wxpress comment from an earlier push must be updated.
 */
import type { PrReport } from '../report-schema.js'

export function touchesNoArticle(
  report: Pick<PrReport, 'articles' | 'deleted' | 'scope' | 'check'>,
): boolean {
  return (
    report.articles.length === 0 &&
    report.deleted.length === 0 &&
    !report.scope.all &&
    report.check.diagnostics.length === 0
  )
}
