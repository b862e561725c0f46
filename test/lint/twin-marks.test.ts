/** A half-width mark next to its full-width twin: the finding points at it and the fix deletes it, never doubling the mark. */
import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/config/schema.js'
import { applyFixes } from '../../src/lint/fix-article.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { articleOf, FRONT } from './lint-helpers.js'

const config = configSchema.parse({})
const linter = createLinter({ config, merge: true })
const typography = (text: string) =>
  linter.lint(articleOf(text, config)).filter((f) => f.ruleId.startsWith('typography/'))

/** Findings of `body`, the text after ONE `--fix` pass, and the findings left on it. */
function fixOnce(body: string) {
  const text = FRONT + body
  const findings = typography(text)
  const fixed = applyFixes(articleOf(text, config), findings, text).output
  return { findings, fixed: fixed.slice(FRONT.length), left: typography(fixed) }
}

describe('twin marks', () => {
  it('points at the half-width comma of `,，` and deletes it (gh finding 5)', () => {
    const r = fixOnce('建议你准备一个小本子,，记录每一次的参数和感受。\n')
    expect(r.findings.map((f) => [f.ruleId, f.place?.start.column, f.place?.end.column])).toEqual([
      ['typography/punctuation-width', 11, 12],
    ])
    expect(r.fixed).toBe('建议你准备一个小本子，记录每一次的参数和感受。\n')
    expect(r.left).toEqual([])
  })

  it.each([
    ['小本子,，记录', '小本子，记录'],
    ['小本子，,记录', '小本子，记录'],
    ['小本子, ，记录', '小本子，记录'],
    ['小本子， ,记录', '小本子，记录'],
    ['好的.。再见', '好的。再见'],
    ['好的。.再见', '好的。再见'],
    ['时间:：三点', '时间：三点'],
    ['甲;；乙', '甲；乙'],
    ['好!！走', '好！走'],
    ['你好！!', '你好！'],
    ['吗?？走', '吗？走'],
    ['**好**,，走', '**好**，走'],
    ['用Vue,，好', '用 Vue，好'],
    // other rules whose fix would double a mark next to its twin
    ['然后...…走', '然后……走'],
    ['然后…...走', '然后……走'],
  ])('%s → %s in one pass, and nothing left to report', (body, expected) => {
    const r = fixOnce(`${body}\n`)
    expect(r.findings.length).toBeGreaterThan(0)
    expect(r.fixed).toBe(`${expected}\n`)
    expect(r.left).toEqual([])
  })

  it.each(['兰亭笔记（测试版)）上线', '苹果 Inc.。再见', '我用。.NET 写'])(
    'never doubles a mark in %s',
    (body) => {
      const r = fixOnce(`${body}\n`)
      expect(r.fixed).toBe(`${body}\n`)
    },
  )
})
