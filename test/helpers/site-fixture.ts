import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { summarize } from '../../src/diagnostics/summarize.js'
import { reportPretty } from '../../src/diagnostics/report-pretty.js'
import type { VFile } from 'vfile'

/** Sub-folders of `dir` (fixture cases), sorted. */
export function listCases(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort()
}

/** The pretty report (no colour) of some files, as golden text. */
export function prettyText(files: { file: VFile; path: string }[]): string {
  const diagnostics = collectDiagnostics(files)
  return reportPretty(diagnostics, summarize(diagnostics, files.length), { color: false })
}
