/**
 * Leaves the targets of image and link syntax with a space in the path (`![截图](截图 下午3.15.22.png)`,
 * literal text to Markdown, reported by image/space-in-path) out of the prose the lint rules see: a
 * typography finding there would be about a file name, and its fix would rename the file.
 */
import type { Parent } from 'mdast'
import { spacedTargetRanges } from '../content/spaced-target.js'
import { type ProseSegment, sourceOffset } from './prose-segment.js'

interface Range {
  start: number
  end: number
}

/** The `(target)` ranges (offsets in `markdown`) in the inline content of `node`. */
export function spacedTargetsIn(markdown: string, node: Parent): Range[] {
  const from = node.children[0]?.position?.start.offset
  const to = node.children.at(-1)?.position?.end.offset
  if (from === undefined || to === undefined) return []
  return spacedTargetRanges(markdown.slice(from, to)).map((r) => ({
    start: r.start + from,
    end: r.end + from,
  }))
}

/** `segment` without the characters whose source lies in one of `ranges`: the pieces around them. */
export function cutTargets(segment: ProseSegment, ranges: readonly Range[]): ProseSegment[] {
  const end = segment.offset + segment.text.length + (segment.lines ? Number.POSITIVE_INFINITY : 0)
  if (!ranges.some((r) => r.start < end && r.end > segment.offset)) return [segment]
  const cut = (i: number) => {
    const at = sourceOffset(segment, i)
    return ranges.some((r) => at >= r.start && at < r.end)
  }
  const out: ProseSegment[] = []
  let from = -1
  for (let i = 0; i <= segment.text.length; i++) {
    const keep = i < segment.text.length && !cut(i)
    if (keep && from < 0) from = i
    if (keep || from < 0) continue
    out.push(piece(segment, from, i))
    from = -1
  }
  return out
}

function piece(segment: ProseSegment, from: number, to: number): ProseSegment {
  const { lines, afterUrl, ...rest } = segment
  const inside = lines
    ?.filter((l) => l.at > from && l.at < to)
    .map((l) => ({ at: l.at - from, offset: l.offset }))
  return {
    ...rest,
    text: segment.text.slice(from, to),
    offset: sourceOffset(segment, from),
    ...(inside?.length ? { lines: inside } : {}),
    ...(afterUrl && from === 0 ? { afterUrl } : {}),
  }
}
