import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

export const repeatedPunctuation = defineLintRule({
  id: 'typography/repeated-punctuation',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'No repeated `！！`, `？？`, `，，` or `。。` in Chinese text (titles: `title/punctuation`).',
    rationale: 'Repeated marks read as shouting and look careless in a published article.',
    bad: '太好了！！！',
    good: '太好了！',
  },
  check: (context) =>
    reportMatches(context, {
      where: ['body', 'digest', 'slogan'],
      pattern: /([！？，、；：])\1+|(?<!。)。。(?!。)|(?<=[\u3400-\u9fff])([!?])\2+/,
      message: (m) => msg.repeated({ value: m[0] }),
      replace: (m) => (({ '!': '！', '?': '？' }) as Record<string, string>)[m[0][0] ?? ''] ?? m[0][0] ?? '',
    }),
})
