/**
 * Heading structure a 公众号 editor expects: levels that follow each other (`##` then `###`, not
 * `####`), and no colon ending a heading (`#### 目标：`), which reads as the start of a sentence.
 */
import type { Heading, Parent, PhrasingContent, RootContent } from 'mdast'
import { defineLintRule } from '../define-lint-rule.js'
import { lintStructureMessages } from '../../i18n/messages/lint-structure.js'
const { msg } = lintStructureMessages

/** The headings of the body in document order (also inside blockquotes and list items). */
function headings(node: Parent, out: Heading[] = []): Heading[] {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'heading') out.push(child)
    else if ('children' in child) headings(child as Parent, out)
  }
  return out
}

const text = (nodes: readonly PhrasingContent[]): string =>
  nodes
    .map((n) =>
      'value' in n && n.type !== 'html'
        ? n.value
        : 'children' in n
          ? text(n.children as PhrasingContent[])
          : '',
    )
    .join('')

export const headingSkip = defineLintRule({
  id: 'markdown/heading-skip',
  severity: 'info',
  fixable: false,
  docs: {
    description: 'A heading more than one level below the heading before it (`##` followed by `####`).',
    rationale:
      'Themes size headings by level: a skipped level makes a sub-heading look unrelated to its section, and the outline reads wrong.',
    bad: '## 一、背景\n\n#### 目标',
    good: '## 一、背景\n\n### 目标',
  },
  check(context) {
    let previous: number | undefined
    for (const h of headings(context.tree)) {
      if (previous !== undefined && h.depth > previous + 1)
        context.report({
          message: msg.headingSkip({ from: previous, to: h.depth }),
          place: h.position,
          value: '#'.repeat(h.depth),
          hint: msg.headingSkipHint({ level: '#'.repeat(previous + 1) }),
        })
      previous = h.depth
    }
  },
})

export const headingColon = defineLintRule({
  id: 'markdown/heading-colon',
  severity: 'info',
  fixable: false,
  docs: {
    description: 'A heading that ends with a colon (`：` or `:`).',
    rationale:
      'A heading names a section; a colon at its end makes it read like the first half of a sentence, and Chinese style guides leave it out.',
    bad: '#### 目标：',
    good: '#### 目标',
  },
  check(context) {
    for (const h of headings(context.tree)) {
      const value = text(h.children)
        .replace(/\s*\{#[^}]*\}\s*$/, '')
        .trim()
      if (!/[：:]$/.test(value)) continue
      context.report({
        message: msg.headingColon({ heading: value }),
        place: h.position,
        value,
        hint: msg.headingColonHint({ fixed: value.replace(/\s*[：:]$/, '') }),
      })
    }
  },
})
