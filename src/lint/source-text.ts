/**
 * A text with a line index: offsets ↔ 1-based line/column (UTF-16 columns, as mdast and editors
 * count them).
 */
import type { Point } from 'unist'

export interface SourceText {
  readonly text: string
  /** 1-based line and column of a UTF-16 offset. */
  point(offset: number): Point
  /** UTF-16 offset of a 1-based line and column (undefined past the end). */
  offsetOf(line: number, column: number): number | undefined
}

export function createSourceText(text: string): SourceText {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return {
    text,
    point(offset) {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((starts[mid] ?? 0) <= offset) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 }
    },
    offsetOf(line, column) {
      const start = starts[line - 1]
      if (start === undefined) return undefined
      const offset = start + column - 1
      return offset <= text.length ? offset : undefined
    },
  }
}
