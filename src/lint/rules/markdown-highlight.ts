/**
 * `==重点==`: a highlight in Typora, 语雀, 飞书 and Obsidian, which Markdown (and so WeChat) does not
 * know: readers see the equals signs. Reported in the body's prose (never in code or `a == b`).
 */
import { defineLintRule } from '../define-lint-rule.js'
import { reportMatches } from '../prose-matches.js'
import { lintStructureMessages } from '../../i18n/messages/lint-structure.js'
const { msg } = lintStructureMessages

/** `==text==` with no space inside its ends and no `=` or word character outside them. */
const HIGHLIGHT = /(?<![=\w])==(?=[^\s=])([^=\n]{1,60}?)(?<=[^\s=])==(?![=\w])/

export const markdownHighlight = defineLintRule({
  id: 'markdown/highlight',
  severity: 'warning',
  fixable: false,
  docs: {
    description:
      '`==text==`, the highlight of Typora, 语雀, 飞书 and Obsidian, is not Markdown: WeChat shows the equals signs.',
    rationale:
      'Editors that show a highlight while writing hide that the published article will not have one.',
    bad: '这是==最重要的==一点',
    good: '这是**最重要的**一点',
  },
  check: (context) =>
    reportMatches(context, {
      pattern: HIGHLIGHT,
      where: ['body'],
      message: (m) => msg.highlight({ text: m[0] }),
      hint: () => msg.highlightHint(),
    }),
})
