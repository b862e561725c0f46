import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'

export const quotes = defineLintRule({
  id: 'typography/quotes', severity: 'warning', fixable: true,
  docs: {
    description: 'Straight quotes `"…"` around Chinese text become “…” (or 「…」 if the site prefers).',
    rationale: 'Straight ASCII quotes are a keyboard artefact; Chinese text uses curly or corner quotes.',
    bad: '他说"你好"。', good: '他说“你好”。',
  },
  check: (context) =>
    reportMatches(context, {
      pattern: /"([^"\n]*[\u3400-\u9fff][^"\n]*)"/,
      message: (m) => `Straight quotes around Chinese text: \`${m[0]}\``,
      replace: (m) => (context.options.style === 'corner' ? `「${m[1]}」` : `“${m[1]}”`),
    }),
})
