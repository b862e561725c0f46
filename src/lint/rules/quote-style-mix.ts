/**
 * Corner quotes 「」 and curly quotes “” in one article: a finding without a fix at the first quote of
 * the style used less (or of the one a corner-quote site does not write), naming the other.
 */
import type { RuleContext } from '../define-lint-rule.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

export function reportMixedQuoteStyles(context: RuleContext, corner: boolean): void {
  const count = { '「': 0, '“': 0 }
  const first: Partial<Record<'「' | '“', { segment: (typeof context.prose)[number]; index: number }>> = {}
  for (const segment of context.prose) {
    if (segment.where !== 'body' || segment.html) continue
    for (const m of segment.text.matchAll(/[「“]/g)) {
      const mark = m[0] as '「' | '“'
      count[mark]++
      first[mark] ??= { segment, index: m.index }
    }
  }
  if (count['「'] === 0 || count['“'] === 0) return
  // the style written less is the odd one out; on a tie, the one that came second
  const later =
    first['「']!.segment.offset + first['「']!.index > first['“']!.segment.offset + first['“']!.index
      ? '「'
      : '“'
  const odd = corner ? '“' : count['「'] < count['“'] ? '「' : count['“'] < count['「'] ? '“' : later
  const other = odd === '「' ? '“' : '「'
  const at = first[odd]!
  context.report({
    message: msg.quotesMixed({
      odd: odd === '「' ? '「」' : '“”',
      other: other === '「' ? '「」' : '“”',
      n: count[other],
    }),
    place: context.locate(at.segment, at.index, at.index + 1),
    value: odd,
    hint: msg.quotesMixedHint({ other: other === '「' ? '「」' : '“”' }),
  })
}
