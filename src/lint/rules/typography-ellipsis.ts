import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'

export const ellipsis = defineLintRule({
  id: 'typography/ellipsis', severity: 'warning', fixable: true,
  docs: {
    description: 'The Chinese ellipsis is `……` (two U+2026), not `...` or `。。。`.',
    rationale: 'Three dots or three full stops are typing shortcuts; Chinese typesetting uses a six-dot ellipsis.',
    bad: '然后……呢...', good: '然后……呢……',
  },
  check: (context) =>
    reportMatches(context, {
      // after Chinese text, also behind a straight quote or bracket (`"确定"...`, which --fix would otherwise only reach after the quotes)
      pattern: /(?<=[\u3400-\u9fff，。！？：；」』”）]["')]?)(?:\.{3,}|。{3,}|…(?!…))|(?:\.{3,}|。{3,})(?=[\u3400-\u9fff])/,
      message: (m) => `\`${m[0]}\` is not a Chinese ellipsis`,
      replace: () => '……',
    }),
})
