/** Counts of a run's diagnostics by severity, for the CLI's summary line. */
import type { Diagnostic } from './diagnostic.js'

export interface Summary {
  files: number
  errors: number
  warnings: number
  infos: number
  /** Findings with a safe fix (what `check --fix` would change). */
  fixable: number
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixable = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else if (d.severity === 'warning') warnings++
    else infos++
    if (d.fix) fixable++
  }
  return { files, errors, warnings, infos, fixable }
}
