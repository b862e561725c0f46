/**
 * The `--format json` document of `check` (DESIGN §4): exactly one JSON object with `version: 1`.
 */
import type { Diagnostic } from './diagnostic.js'
import type { Summary } from './summarize.js'

export interface FileEntry {
  file: string
  slug: string
  errors: number
  warnings: number
}

export function reportJson(
  files: readonly FileEntry[],
  diagnostics: readonly Diagnostic[],
  summary: Summary,
): string {
  const doc = {
    version: 1,
    files,
    diagnostics,
    summary: {
      files: summary.files,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      fixable: summary.fixable,
    },
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
