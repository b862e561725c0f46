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

/** The text of the paragraph (body) or value before `index` of `segment`. */
function textBefore(context: RuleContext, segment: ProseSegment, index: number): string {
  if (segment.where !== 'body') return segment.text.slice(0, index)
  const markdown = context.article.markdown
  const end = segment.offset + index
  const blank = markdown.lastIndexOf('\n\n', end)
  return markdown.slice(blank === -1 ? 0 : blank, end)
}

/** Whether a double quote (straight, curly or corner) is open at the end of `text`. */
function insideDouble(text: string): boolean {
  const count = (c: string) => text.split(c).length - 1
  return count('"') % 2 === 1 || count('“') > count('”') || count('「') > count('」')
}

/** Reports each pair with its fix (`double` for an outer pair, `single` for one inside a quote). */
export function reportSingleQuotes(
  context: RuleContext,
  double: readonly [string, string],
  single: readonly [string, string],
): void {
  for (const segment of context.prose) {
    if (segment.html) continue
    for (const m of segment.text.matchAll(SINGLE)) {
      const start = m.index
      const end = start + m[0].length
      const inner = m[1]!
      const nested = insideDouble(textBefore(context, segment, start)) || /["“”「」]/.test(inner)
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
