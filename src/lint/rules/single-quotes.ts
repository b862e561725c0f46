/**
 * Straight single quotes around Chinese text inside a Chinese sentence (`他说'我一遍都没读完'，`):
 * the quotes stand where a Chinese character, a full-width mark, a space or the text's edge is on
 * the outside, never after or before a Latin letter or digit (`don't`, `it's`, `5'`).
 */
import type { RuleContext } from '../define-lint-rule.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const SINGLE = new RegExp(
  `(?<=^|[${CJK}\\s，。！？：；、（「『“《])'([^'\\s][^'\\n]*[${CJK}][^'\\n]*[^'\\s]|[${CJK}])'(?=$|[${CJK}\\s，。！？：；、）」』”》])`,
  'g',
)

/** Reports each pair with the fix `open…close` (`‘…’`, or `『…』` for a site that writes 「」). */
export function reportSingleQuotes(context: RuleContext, open: string, close: string): void {
  for (const segment of context.prose) {
    if (segment.html) continue
    for (const m of segment.text.matchAll(SINGLE)) {
      const start = m.index
      const end = start + m[0].length
      context.report({
        message: msg.quotesStraight({ value: m[0] }),
        place: context.locate(segment, start, end),
        value: m[0],
        hint: msg.write({ text: `${open}${m[1]}${close}` }),
        ...(segment.where !== 'body' ? { field: segment.where } : {}),
        fix: { segment, start, end: start + 1, text: open },
        moreFixes: [{ segment, start: end - 1, end, text: close }],
      })
    }
  }
}
