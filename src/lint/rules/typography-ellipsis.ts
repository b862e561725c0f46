import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { markupNeighbours } from '../markup-boundaries.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

/** ASCII dots followed by a space or an opening bracket or quote: a token (a literal), not a trailing ellipsis. */
function isToken(m: RegExpExecArray, text: string): boolean {
  return /^\.+$/.test(m[0]) && /^[\s（(“"「]/.test(text.slice(m.index + m[0].length))
}

/**
 * Dots or full stops typed as an ellipsis after Chinese text (also behind a straight quote or
 * bracket), or before it. Dots next to an ellipsis (`...…`, `…...`) are one run, fixed as one `……`,
 * never doubled; a run before Chinese is tried from its first mark only, so a long run stays linear.
 */
export const ELLIPSIS =
  /(?<=[\u3400-\u9fff，。！？：；」』”）]["')]?)(?:…*(?:\.{3,}|。{3,})…*|…(?!…))|(?<![.…])…*\.{3,}…*(?=[\u3400-\u9fff])|(?<![。…])…*。{3,}…*(?=[\u3400-\u9fff])/

export const ellipsis = defineLintRule({
  id: 'typography/ellipsis',
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'The Chinese ellipsis is `……` (two U+2026), not `...` or `。。。`.',
    rationale:
      'Three dots or three full stops are typing shortcuts; Chinese typesetting uses a six-dot ellipsis.',
    bad: '然后……呢...',
    good: '然后……呢……',
  },
  check: (context) => {
    reportMatches(context, {
      // after Chinese text, also behind a straight quote or bracket (`"确定"...`, which --fix would otherwise only reach after the quotes)
      pattern: ELLIPSIS,
      // `...（Ellipsis）` names the literal (Python's Ellipsis): no finding
      skip: (m, segment) => m[0] === '...' && /^\s*[（(]Ellipsis[)）]/.test(segment.text.slice(m.index + 3)),
      message: (m) => msg.ellipsis({ value: m[0] }),
      // three dots standing as a token of their own (`，... 是`, `：...（`) may be code: report, never fix
      replace: (m, segment) => (isToken(m, segment.text) ? undefined : '……'),
      hint: (m, segment) => (isToken(m, segment.text) ? msg.ellipsisTokenHint() : undefined),
    })
    // `...` that starts a text node right after Chinese in other markup (`[链接](…)...`, a URL ending in Chinese)
    const neighbours = markupNeighbours(context.tree, context.prose)
    for (const [segment, nb] of neighbours) {
      const m = /^\.{3,}/.exec(segment.text)
      if (!m || !/[\u3400-\u9fff，。！？：；」』”）]/.test(nb.before)) continue
      const token = isToken(m, segment.text)
      context.report({
        message: msg.ellipsis({ value: m[0] }),
        place: context.locate(segment, 0, m[0].length),
        value: m[0],
        hint: token ? msg.ellipsisTokenHint() : msg.write({ text: '……' }),
        ...(token ? {} : { fix: { segment, start: 0, end: m[0].length, text: '……' } }),
      })
    }
  },
})
