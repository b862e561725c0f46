/**
 * Whether a span of body text stands inside quotation marks (“…” or 「…」): quoted speech or a quoted
 * word (`他说自己“非常震惊”`), which reports what someone said rather than the writer's own wording.
 */
import type { RuleContext } from '../define-lint-rule.js'
import { type ProseSegment, sourceOffset } from '../prose-segment.js'

const PAIRS = [
  ['“', '”'],
  ['「', '」'],
] as const
/** How far a quote may open before the span or close after it (a paragraph is read in pieces). */
const REACH = 200

/** Whether `text[start, end)` has an opening quote before it and its closing quote after it. */
function between(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start)
  const after = text.slice(end, end + REACH)
  return PAIRS.some(([open, close]) => {
    if (before.lastIndexOf(open) <= before.lastIndexOf(close)) return false
    const shut = after.indexOf(close)
    const next = after.indexOf(open)
    return shut >= 0 && (next < 0 || shut < next)
  })
}

/**
 * Checks the segment's own text, then (body text) its paragraph in the source, where the quotes may
 * sit outside emphasis or a link (`“**非常震惊**”`); a blank line ends the search.
 */
export function quoted(context: RuleContext, segment: ProseSegment, start: number, end: number): boolean {
  if (segment.where !== 'body') return false
  if (between(segment.text, start, end)) return true
  const markdown = context.article.markdown
  const from = sourceOffset(segment, start)
  const to = sourceOffset(segment, end, true)
  if (!markdown || markdown.slice(from, to) !== segment.text.slice(start, end)) return false
  const lo = Math.max(0, from - REACH)
  const head = markdown.slice(lo, from)
  const tail = markdown.slice(to, to + REACH)
  const cutHead = head.lastIndexOf('\n\n')
  const cutTail = tail.indexOf('\n\n')
  const para =
    head.slice(cutHead + 1) + markdown.slice(from, to) + (cutTail < 0 ? tail : tail.slice(0, cutTail))
  const at = head.length - (cutHead + 1)
  return between(para, at, at + (to - from))
}
