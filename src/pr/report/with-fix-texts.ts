/** pr-report's side of the artifact's `fixTexts` (pr-check writes them: fix-old-text.ts). */
import type { ReportArticle, ReportDiagnostic } from '../report-schema.js'

/**
 * The diagnostics with the text each fix replaces, from the articles' `fixTexts`. An article that
 * lists texts but not this fix's gets `null` (not suggested); an artifact without any (written to
 * DESIGN §8 alone) leaves the fixes as they are.
 */
export function withFixTexts(
  diagnostics: readonly ReportDiagnostic[],
  articles: readonly Pick<ReportArticle, 'file' | 'fixTexts'>[],
): ReportDiagnostic[] {
  const byFile = new Map(articles.filter((a) => a.fixTexts.length > 0).map((a) => [a.file, a.fixTexts]))
  return diagnostics.map((d) => {
    const texts = d.fix ? byFile.get(d.file) : undefined
    if (!d.fix || !texts) return d
    const { line, column, endLine, endColumn } = d.fix
    const found = texts.find(
      (t) => t.line === line && t.column === column && t.endLine === endLine && t.endColumn === endColumn,
    )
    return { ...d, fix: { ...d.fix, old: found ? found.old : null } } as ReportDiagnostic
  })
}
