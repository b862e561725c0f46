/**
 * The lines a pull request changed, from `git diff -U0` text: per file (new path), the ranges of
 * added or modified lines in the new version, merged and sorted. A pure function. The diff is made
 * with `core.quotePath=false`, so non-ASCII paths (Chinese slugs) are written as they are.
 */

export type LineRange = [start: number, end: number]

const FILE = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/
/** A unified diff's hunk header: old start, old count, new start, new count (a count defaults to 1). */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export interface Hunk {
  /** First old line replaced (or, when `oldCount` is 0, the old line after which lines come). */
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
}

/** The hunk a header line opens, or undefined for any other line. */
export function hunkHeader(line: string): Hunk | undefined {
  const h = HUNK.exec(line)
  if (!h) return undefined
  const count = (n: string | undefined) => (n === undefined ? 1 : Number(n))
  return { oldStart: Number(h[1]), oldCount: count(h[2]), newStart: Number(h[3]), newCount: count(h[4]) }
}

/** `git diff -U0 --no-renames` output → file → changed line ranges (deleted files are absent). */
export function parseHunks(patch: string): Map<string, LineRange[]> {
  const out = new Map<string, LineRange[]>()
  let current: LineRange[] | undefined
  for (const line of patch.split('\n')) {
    const file = FILE.exec(line)
    if (file) {
      current = file[1] === undefined ? undefined : []
      if (current && file[1] !== undefined) out.set(file[1], current)
      continue
    }
    const hunk = hunkHeader(line)
    if (!hunk || !current) continue
    if (hunk.newCount > 0) current.push([hunk.newStart, hunk.newStart + hunk.newCount - 1])
  }
  for (const [file, ranges] of out) out.set(file, mergeRanges(ranges))
  return out
}

/** Sorted, overlapping or touching ranges joined. */
export function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const merged: LineRange[] = []
  for (const [start, end] of sorted) {
    const last = merged.at(-1)
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** Whether any line of [line, endLine] is in `ranges`. */
export function touches(ranges: readonly LineRange[] | undefined, line: number, endLine = line): boolean {
  return (ranges ?? []).some(([start, end]) => line <= end && endLine >= start)
}
