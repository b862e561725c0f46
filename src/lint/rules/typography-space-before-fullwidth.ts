import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'

export const spaceBeforeFullwidth = defineLintRule({
  id: 'typography/space-around-fullwidth', severity: 'warning', fixable: true,
  docs: {
    description: 'No space before or after full-width punctuation.',
    rationale: 'Full-width marks already carry their own spacing; an extra space leaves a visible gap.',
    bad: '我们用 TypeScript ，效果很好。', good: '我们用 TypeScript，效果很好。',
  },
  check: (context) =>
    reportMatches(context, {
      pattern: /[ \t]+(?=[，。！？：；、）」』”])|(?<=[，。！？：；、（「『“])[ \t]+(?=\S)/,
      message: (m) => `Space next to full-width punctuation (${m[0].length} character${m[0].length > 1 ? 's' : ''})`,
      replace: () => '',
      hint: () => 'Remove the space.',
    }),
})
