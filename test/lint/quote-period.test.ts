/**
 * Trial G item 7: a half-width `.` after a closing quote ends the Chinese sentence, before Chinese
 * (`“快，而且简单”.我们`, also after a straight quote typography/quotes makes curly) and at the end of a
 * line (`表示“终于用得起了”.`); one `--fix` and one set of PR suggestions leave no `”.`.
 */
import { describe, expect, it } from 'vitest'
import { applyFixes as applySuggestion, type Fixable } from '../../src/pr/report/merge-fixes.js'
import { articleOf, FRONT, typographyPass } from './lint-helpers.js'

const { config, fixOnce, linter } = typographyPass()

describe('a half-width period after a closing quote', () => {
  it.each([
    ['它的口号是“快，而且简单”.我们试用了一下。', '它的口号是“快，而且简单”。我们试用了一下。'],
    ['很多开发者表示“终于用得起了”.', '很多开发者表示“终于用得起了”。'],
    ['很多开发者表示“终于用得起了”.\n\n下一段。', '很多开发者表示“终于用得起了”。\n\n下一段。'],
    ['他说：“真好！”.', '他说：“真好！”。'],
    ['书名是《深入理解》.', '书名是《深入理解》。'],
    // the straight quotes become curly and the period full-width in the same pass
    ['它的口号是"快,而且简单".我们试用了一下。', '它的口号是“快，而且简单”。我们试用了一下。'],
    ['很多开发者表示"终于用得起了".', '很多开发者表示“终于用得起了”。'],
    ['- 大家都说“好用”.', '- 大家都说“好用”。'],
    // the quote ends in Latin but opened after Chinese: still a Chinese sentence (own trial, stop 27)
    ['他们会聊聊“为什么选择 Rust”.', '他们会聊聊“为什么选择 Rust”。'],
    ['他们会聊聊"为什么选择 Rust".', '他们会聊聊“为什么选择 Rust”。'],
  ])('%s → %s in one --fix, nothing left', (body, expected) => {
    const { findings, fixed, left } = fixOnce(body)
    expect(
      findings.some((f) => f.ruleId === 'typography/punctuation-width' && /[”》"]\./.test(f.value ?? '')),
    ).toBe(true)
    expect(fixed).toBe(expected)
    expect(left.map((f) => `${f.ruleId} ${f.value}`)).toEqual([])
  })

  it.each([
    'He said “hello”.',
    'He said "hello".',
    '文件名是 "a.txt".',
    '配置项写作 `"name"`.',
    '见 [“文档”](https://example.com/a.b).',
  ])('leaves %s alone', (body) => {
    expect(
      fixOnce(body).findings.filter((f) => /\.$|\.\S/.test(f.value ?? '') && /[”"]/.test(f.value ?? '')),
    ).toEqual([])
  })

  it('one set of PR suggestions (the fixes of one line merged) leaves no `”.`', () => {
    const line = '它的口号是"快,而且简单".我们试用了一下。'
    const text = `${FRONT}${line}\n`
    const lines = text.split('\n')
    const at = lines.indexOf(line) + 1
    const article = articleOf(text, config)
    linter.lint(article)
    // the fixes as the check document carries them (line/column ranges), as pr-report merges them
    const fixes = article.file.messages
      .map((m) => m as unknown as Fixable)
      .filter((m) => m.fix !== undefined && m.fix.line === at)
    const applied = applySuggestion(lines, at, at, fixes)
    expect(applied?.text).toBe('它的口号是“快，而且简单”。我们试用了一下。')
  })
})
