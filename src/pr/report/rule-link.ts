/**
 * A rule id in the PR comment, linked to where the rules' Chinese documentation explains it (its own
 * section for a lint rule, the table of the other stages' ids otherwise); a plugin's id stays code.
 */
import { ruleDocAnchor } from '../../lint/rule-doc-anchor.js'
import { attr } from './escape-markdown.js'

/** The rules' documentation in Chinese, where wxpress is published. */
export const RULES_DOC = 'https://github.com/wxpress-dev/wxpress/blob/v0/docs/rules.zh-CN.md'

/** `` `id` `` linked to its explanation (the id passed the artifact's rule id pattern: no backticks). */
export function ruleLink(id: string): string {
  const anchor = ruleDocAnchor(id, 'zh-CN')
  return anchor ? `[\`${id}\`](${attr(`${RULES_DOC}#${encodeURIComponent(anchor)}`)})` : `\`${id}\``
}
