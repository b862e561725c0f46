import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintMessages } from '../../i18n/messages/lint.js'
import { lintRuleMessages } from '../../i18n/messages/lint-rules.js'
const { msg } = lintMessages

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff'
/** `，。`, `、；`: a pause mark right before another mark (which one the writer meant is theirs to say). */
const TWO_MARKS = /([，、；：])(?!\1)[，、；：。！？]/
/** `！？！？`: a `！？` pair repeated. */
const PAIR_REPEATED = /([！？])(?!\1)([！？])(?:\1\2)+/
/** `他说—这是`: one em dash between Chinese, where Chinese writes two (`——`); also `--` typed for it. */
const SINGLE_DASH = new RegExp(`(?<=[${HAN}])(?:—|-{2,3})(?=[${HAN}])`)

export const repeatedPunctuation = defineLintRule({
  id: 'typography/repeated-punctuation',
  severity: 'warning',
  fixable: true,
  docs: {
    description:
      'No repeated `！！`, `？？`, `，，`, `。。` or `！？！？`, no pause mark before another mark (`，。`), and a Chinese dash written whole (`——`, not a single `—` or `--` between Chinese) (titles: `title/punctuation`).',
    rationale: 'Repeated marks read as shouting and look careless in a published article.',
    bad: '太好了！！！',
    good: '太好了！',
  },
  check: (context) => {
    const where = ['body', 'digest', 'slogan'] as const
    // `吗?? 我` → `吗？我`: the spaces after half-width marks go with them, as typography/punctuation-width fixes them
    reportMatches(context, {
      where,
      pattern: /([！？，、；：])\1+|(?<!。)。。(?!。)|(?<=[\u3400-\u9fff])([!?])\2+ */,
      message: (m) => msg.repeated({ value: m[0] }),
      replace: (m) => (({ '!': '！', '?': '？' }) as Record<string, string>)[m[0][0] ?? ''] ?? m[0][0] ?? '',
    })
    reportMatches(context, {
      where,
      pattern: PAIR_REPEATED,
      message: (m) => msg.repeated({ value: m[0] }),
      replace: (m) => `${m[1]}${m[2]}`,
    })
    // no fix: `好的，。` may want either mark
    reportMatches(context, {
      where,
      pattern: TWO_MARKS,
      message: (m) => msg.repeated({ value: m[0] }),
      hint: () => lintRuleMessages.msg.twoMarks(),
    })
    reportMatches(context, {
      where,
      pattern: SINGLE_DASH,
      message: (m) =>
        m[0] === '—' ? lintRuleMessages.msg.singleDash() : lintRuleMessages.msg.hyphenDash({ value: m[0] }),
      replace: () => '——',
    })
  },
})
