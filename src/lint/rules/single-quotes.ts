/**
 * Straight single quotes around Chinese text inside a Chinese sentence (`他说'我一遍都没读完'，`):
 * the quotes stand where a Chinese character, a full-width mark, a space, the text's edge or a
 * half-width mark next to Chinese (`说,'好的',然`) is on the outside, never after or before a Latin
 * letter or digit (`don't`, `it's`, `5'`). Under GB/T 15834 single quotes are only for a quote inside
 * a quote: an outer pair becomes “…” (「…」 on a corner-quote site), one inside a double-quoted text
 * (or holding one) ‘…’ (『…』).
 */
import type { RuleContext } from '../define-lint-rule.js'
import type { ProseSegment } from '../prose.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const SINGLE = new RegExp(
  `(?<=^|[${CJK}\\s，。！？：；、（「『“《]|[${CJK}][,;:?!])'(?=[^'\\n]*[${CJK}])([^'\\s](?:[^'\\n]*[^'\\s])?)'(?=$|[${CJK}\\s，。！？：；、）」』”》]|[,;:?!][${CJK}])`,
  'g',
)

/** Counts of the double quotes (straight, curly, corner) in a text. */
type Counts = Record<'"' | '“' | '”' | '「' | '」', number>
const zero = (): Counts => ({ '"': 0, '“': 0, '”': 0, '「': 0, '」': 0 })

/**
 * Whether a double quote is open before `index` of `segment`, counted from the start of its paragraph
 * (body) or value. Pairs come in order, so each call counts only the text since the last one: a
 * paragraph with thousands of single quotes is read once, not once per pair.
 */
function openDouble(context: RuleContext) {
  let scan: { source: string; pos: number; counts: Counts } | undefined
  return (segment: ProseSegment, index: number): boolean => {
    const body = segment.where === 'body'
    const source = body ? context.article.markdown : segment.text
    const end = body ? segment.offset + index : index
    let from = scan && scan.source === source && scan.pos <= end ? scan.pos : -1
    if (from >= 0 && body) {
      // a blank line since the last pair starts a new paragraph
      const lo = Math.max(0, from - 1)
      const blank = source.slice(lo, end).lastIndexOf('\n\n')
      if (blank >= 0) [from, scan] = [lo + blank, undefined]
    } else if (from < 0) {
      scan = undefined
      from = body ? Math.max(0, source.lastIndexOf('\n\n', end)) : 0
    }
    const counts = scan?.counts ?? zero()
    for (let i = from; i < end; i++) {
      const c = source.charAt(i)
      if (c in counts) counts[c as keyof Counts]++
    }
    scan = { source, pos: end, counts }
    return counts['"'] % 2 === 1 || counts['“'] > counts['”'] || counts['「'] > counts['」']
  }
}

/** Reports each pair with its fix (`double` for an outer pair, `single` for one inside a quote). */
export function reportSingleQuotes(
  context: RuleContext,
  double: readonly [string, string],
  single: readonly [string, string],
): void {
  const insideDouble = openDouble(context)
  for (const segment of context.prose) {
    if (segment.html) continue
    for (const m of segment.text.matchAll(SINGLE)) {
      const start = m.index
      const end = start + m[0].length
      const inner = m[1]!
      const nested = insideDouble(segment, start) || /["“”「」]/.test(inner)
      const [open, close] = nested ? single : double
      context.report({
        message: msg.quotesStraight({ value: m[0] }),
        place: context.locate(segment, start, end),
        value: m[0],
        hint: msg.write({ text: `${open}${inner}${close}` }),
        ...(segment.where !== 'body' ? { field: segment.where } : {}),
        fix: { segment, start, end: start + 1, text: open },
        moreFixes: [{ segment, start: end - 1, end, text: close }],
      })
    }
  }
}
