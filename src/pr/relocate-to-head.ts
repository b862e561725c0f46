/**
 * On GitHub a `pull_request` workflow checks out the PR's merge commit, whose files hold the base
 * branch's newer lines too; reviewers, annotations and suggestions see the head commit. These pure
 * functions move findings from the lines of the checked-out files to the same lines at the head,
 * from `git diff -U0 <checked-out> <head>`. A finding on a line the head does not have (the base
 * branch wrote it) keeps its place at the nearest head line, without a position range or a fix.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { hunkHeader, type Hunk } from './diff-hunks.js'

/** Per file (old path), its hunks in order; `null` for a file the head does not have. */
export type LineMoves = Map<string, Hunk[] | null>

const OLD_FILE = /^--- (?:a\/(.*)|\/dev\/null)$/
const NEW_FILE = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/

/** `git diff -U0 --no-renames` text → the hunks of each file. */
export function parseLineMoves(patch: string): LineMoves {
  const moves: LineMoves = new Map()
  let oldPath: string | undefined
  let current: Hunk[] | undefined
  for (const line of patch.split('\n')) {
    const old = OLD_FILE.exec(line)
    if (old) {
      oldPath = old[1]
      current = undefined
      continue
    }
    const neu = NEW_FILE.exec(line)
    if (neu) {
      if (oldPath === undefined) continue
      current = neu[1] === undefined ? undefined : []
      moves.set(oldPath, current ?? null)
      continue
    }
    const hunk = hunkHeader(line)
    if (hunk && current) current.push(hunk)
  }
  return moves
}

/** The head's line for `line` of the checked-out file: `exact` false when the head does not have it. */
export function lineAtHead(hunks: readonly Hunk[], line: number): { line: number; exact: boolean } {
  let shift = 0
  for (const h of hunks) {
    const before = h.oldCount === 0 ? line <= h.oldStart : line < h.oldStart
    if (before) break
    if (h.oldCount > 0 && line < h.oldStart + h.oldCount) {
      return { line: Math.max(1, h.newStart), exact: false }
    }
    shift += h.newCount - h.oldCount
  }
  return { line: line + shift, exact: true }
}

/** `diagnostics` with their lines (and fixes) at the head commit; files not in `moves` are unchanged. */
export function relocateToHead(diagnostics: readonly Diagnostic[], moves: LineMoves): Diagnostic[] {
  if (moves.size === 0) return [...diagnostics]
  return diagnostics.map((d) => {
    if (!moves.has(d.file)) return d
    const hunks = moves.get(d.file)
    const start = hunks ? lineAtHead(hunks, d.line) : { line: 1, exact: false }
    const end = hunks && d.endLine !== undefined ? lineAtHead(hunks, d.endLine) : undefined
    const fixStart = hunks && d.fix ? lineAtHead(hunks, d.fix.line) : undefined
    const fixEnd = hunks && d.fix ? lineAtHead(hunks, d.fix.endLine) : undefined
    const { endLine: _l, endColumn: _c, fix: _f, ...rest } = d
    if (!start.exact) return { ...rest, line: start.line, column: 1 }
    const moved: Diagnostic = { ...rest, line: start.line }
    // a range or a fix moves only if it moved whole (no base line inside it)
    if (end?.exact && end.line - start.line === d.endLine! - d.line) {
      moved.endLine = end.line
      if (d.endColumn !== undefined) moved.endColumn = d.endColumn
    }
    if (
      d.fix &&
      fixStart?.exact &&
      fixEnd?.exact &&
      fixEnd.line - fixStart.line === d.fix.endLine - d.fix.line
    ) {
      moved.fix = { ...d.fix, line: fixStart.line, endLine: fixEnd.line }
    }
    return moved
  })
}
