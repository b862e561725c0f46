/**
 * Each fix carries the text it replaces (`old`), read from the checked file, so that pr-report can
 * refuse a suggestion whose lines at the head commit no longer hold that text (a base branch that
 * moved, a file edited after the check) instead of replacing the wrong characters. The artifact keeps
 * those texts per article (`fixTexts`), beside a check document that stays the one of DESIGN §4.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { createLineIndex } from '../lint/locate.js'

export interface FixText {
  line: number
  column: number
  endLine: number
  endColumn: number
  old: string
}

/** `diagnostics` whose fixes also name the text they replace; `sources` maps a file to its text. */
export function withFixOldText(
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, string>,
): (Diagnostic & { fix?: { old?: string } })[] {
  const starts = new Map<string, number[]>()
  return diagnostics.map((d) => {
    const source = d.fix ? sources.get(d.file) : undefined
    if (!d.fix || source === undefined) return d
    let lines = starts.get(d.file)
    if (!lines) starts.set(d.file, (lines = createLineIndex(source).starts))
    const at = (line: number, column: number) => (lines[line - 1] ?? Number.NaN) + column - 1
    const from = at(d.fix.line, d.fix.column)
    const to = at(d.fix.endLine, d.fix.endColumn)
    // a fix that does not lie inside the text is no fix
    if (!(from >= 0 && to >= from && to <= source.length)) {
      const { fix: _fix, ...rest } = d
      return rest
    }
    return { ...d, fix: { ...d.fix, old: source.slice(from, to) } }
  })
}

/** The diagnostics without `fix.old`, and the texts by file. */
export function splitFixTexts(diagnostics: readonly (Diagnostic & { fix?: { old?: string } })[]): {
  diagnostics: Diagnostic[]
  fixTexts: Map<string, FixText[]>
} {
  const fixTexts = new Map<string, FixText[]>()
  const plain = diagnostics.map((d) => {
    if (d.fix?.old === undefined) return d
    const { old, ...fix } = d.fix as Diagnostic['fix'] & { old: string }
    const list = fixTexts.get(d.file) ?? []
    list.push({ line: fix.line, column: fix.column, endLine: fix.endLine, endColumn: fix.endColumn, old })
    fixTexts.set(d.file, list)
    return { ...d, fix }
  })
  return { diagnostics: plain, fixTexts }
}
