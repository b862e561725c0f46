/** A run of prose the lint rules see, and where its characters sit in the source. */
import type { Position } from 'unist'

export interface ProseSegment {
  text: string
  /** `body` text node, or a front-matter key. */
  where: 'body' | 'title' | 'digest' | 'slogan' | 'author'
  /** Offset of `text[0]` in article.markdown (body) or in the value (front-matter: 0). */
  offset: number
  /** Position of the front-matter value (front-matter segments only). */
  valuePosition?: Position
  /**
   * Body text whose lines sit behind container prefixes (`> `, list or footnote indentation): the
   * source offset of each line after the first (`at` is the index in `text` where the line starts).
   * `text` keeps the value (lines joined by `\n`); use `sourceOffset` to map an index.
   */
  lines?: readonly { at: number; offset: number }[]
  /** Text between the tags of a block of raw HTML: reported, never fixed. */
  html?: true
  /** Body text right after a bare URL, which GitHub autolinks up to the next space (`https://… 。`). */
  afterUrl?: true
}

/** Offset in article.markdown of `text[index]` of a body segment (of the end, for `end: true`). */
export function sourceOffset(segment: ProseSegment, index: number, end = false): number {
  const lines = segment.lines
  if (!lines) return segment.offset + index
  // the end of a range that stops at a line start belongs to the line before
  const probe = end && index > 0 ? index - 1 : index
  let base = segment.offset
  let at = 0
  for (const l of lines) {
    if (l.at > probe) break
    base = l.offset
    at = l.at
  }
  return base + (probe - at) + (end && index > 0 ? 1 : 0)
}
