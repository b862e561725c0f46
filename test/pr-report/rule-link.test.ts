/**
 * Rule ids in the comment link to where docs/rules.zh-CN.md explains them: a lint rule's own section
 * (the anchor GitHub gives the generator's `### rule/id` heading), the other stages' table otherwise.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/lint/rules/index.js'
import { headingAnchor, ruleDocAnchor } from '../../src/lint/rule-doc-anchor.js'
import { RULES_DOC, ruleLink } from '../../src/pr/report/rule-link.js'

const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8')

/** GitHub's anchor of a Markdown heading: lower case, punctuation but - and _ dropped, spaces → -. */
const githubAnchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

describe('rule links', () => {
  it('links a lint rule to its section and another stage’s id to the table', () => {
    expect(ruleLink('typography/cjk-spacing')).toBe(
      `[\`typography/cjk-spacing\`](${RULES_DOC}#typographycjk-spacing)`,
    )
    expect(ruleLink('pr/findings-omitted')).toBe(
      `[\`pr/findings-omitted\`](${RULES_DOC}#${encodeURIComponent('其他阶段的诊断')})`,
    )
    expect(ruleLink('my-plugin/house-style')).toBe('`my-plugin/house-style`')
  })

  it('every anchor is one GitHub gives a heading of the generated docs', () => {
    for (const [name, locale] of [
      ['rules.zh-CN.md', 'zh-CN'],
      ['rules.md', 'en'],
    ] as const) {
      const anchors = new Set(
        doc(name)
          .split('\n')
          .filter((l) => /^#{1,6} /.test(l))
          .map((l) => githubAnchor(l.replace(/^#+ /, ''))),
      )
      for (const r of RULES) expect(anchors, `${name} ${r.id}`).toContain(headingAnchor(r.id))
      expect(anchors).toContain(ruleDocAnchor('pr/findings-omitted', locale))
    }
  })
})
