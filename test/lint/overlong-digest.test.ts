import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/config/schema.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { articleOf } from './lint-helpers.js'

describe('a digest over its limit (trialA 12)', () => {
  it('is still linted: its typography findings come with the max-length error, in the same round', () => {
    const digest = `本文讲解Rust异步编程,从Future到Tokio运行时。${'内容很长'.repeat(15)}`
    const text = `---\ntitle: 测试标题\ntopic: 测试\naudience: 全部粉丝\ncover: cover.png\ndigest: ${digest}\n---\n\n正文。\n`
    const article = articleOf(text)
    const findings = createLinter({ config: configSchema.parse({}) }).lint(article)
    expect(article.file.messages.some((m) => m.ruleId === 'frontmatter/max-length')).toBe(true)
    expect(article.frontmatter.digest).toBeUndefined()
    const digestFindings = findings.filter((f) => f.field === 'digest').map((f) => `${f.ruleId} ${f.value}`)
    expect(digestFindings.sort()).toEqual(
      [
        'typography/cjk-spacing 讲解Rust异',
        'typography/punctuation-width 程,从',
        'typography/cjk-spacing 从Future到Tokio运',
      ].sort(),
    )
  })
})
