import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
const { msg } = lintMessages

export const brackets = defineLintRule({
  id: 'typography/brackets', severity: 'warning', fixable: true,
  docs: {
    description: 'Half-width brackets `(…)` around Chinese text become full-width `（…）`.',
    rationale: 'Chinese parentheses are full-width; half-width ones sit too tight against the characters.',
    bad: '兰亭笔记(测试版)上线', good: '兰亭笔记（测试版）上线',
  },
  check: (context) =>
    reportMatches(context, {
      pattern: /\(([^()\n]*[\u3400-\u9fff][^()\n]*)\)/,
      message: (m) => msg.bracketsHalf({ value: m[0] }),
      replace: (m) => `（${m[1]!.trim()}）`,
    }),
})
