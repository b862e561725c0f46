import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

export const spaceBeforeFullwidth = defineLintRule({
  id: 'typography/space-around-fullwidth',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'No space before or after full-width punctuation (except a space between a bare URL and the mark after it).',
    rationale: 'Full-width marks already carry their own spacing; an extra space leaves a visible gap.',
    bad: '我们用 TypeScript ，效果很好。',
    good: '我们用 TypeScript，效果很好。',
  },
  check: (context) =>
    reportMatches(context, {
      pattern: /[ \t]+(?=[，。！？：；、）」』”])|(?<=[，。！？：；、（「『“])[ \t]+(?=\S)/,
      // the space after a bare URL keeps the mark out of the link where GitHub shows the Markdown
      skip: (m, segment) => m.index === 0 && segment.afterUrl === true,
      message: (m) => msg.spaceFullwidth({ n: m[0].length }),
      replace: () => '',
      hint: () => msg.removeSpace(),
    }),
})
