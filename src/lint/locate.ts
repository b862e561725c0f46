/**
 * Maps an offset inside a prose segment to a file position (1-based line, UTF-16 column).
 */
import type { Position } from 'unist'
import { sourceOffset, type ProseSegment } from './prose.js'

export interface LineIndex {
  /** Start offset of every line of the markdown. */
  starts: number[]
}

export function createLineIndex(markdown: string): LineIndex {
  const starts = [0]
  for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) starts.push(i + 1)
  return { starts }
}

/** The 1-based line and UTF-16 column of `offset` (a binary search over the line starts). */
export function pointAt(index: LineIndex, offset: number) {
  let lo = 0
  let hi = index.starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((index.starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - (index.starts[lo] ?? 0) + 1, offset }
}

/** Position of `[from, to)` within `segment`; `fileLines` are the source lines (for quoted values). */
export function locate(
  index: LineIndex,
  segment: ProseSegment,
  from: number,
  to: number,
  fileLines: readonly string[] = [],
): Position | undefined {
  if (segment.where === 'body') {
    const start = sourceOffset(segment, from)
    return {
      start: pointAt(index, start),
      end: pointAt(index, to > from ? sourceOffset(segment, to, true) : start),
    }
  }
  const v = segment.valuePosition
  if (!v) return undefined
  const first = fileLines[v.start.line - 1]?.charAt(v.start.column - 1)
  const quoted = first === '"' || first === "'" ? 1 : 0
  return {
    start: { line: v.start.line, column: v.start.column + from + quoted },
    end: { line: v.start.line, column: v.start.column + to + quoted },
  }
}
