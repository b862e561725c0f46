/**
 * The lines a pull request changed, from `git diff -U0` text: per file (new path), the ranges of
 * added or modified lines in the new version, merged and sorted. A pure function. The diff is made
 * with `core.quotePath=false`, so non-ASCII paths (Chinese slugs) are written as they are.
 */

export type LineRange = [start: number, end: number]

const FILE = /^\+\+\+ (?:b\/(.*)|\/dev\/null)$/
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/

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
    const hunk = HUNK.exec(line)
    if (!hunk || !current) continue
    const start = Number(hunk[1])
    const count = hunk[2] === undefined ? 1 : Number(hunk[2])
    if (count > 0) current.push([start, start + count - 1])
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
