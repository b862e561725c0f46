import { describe, expect, it, vi } from 'vitest'
import { configSchema } from '../../src/config/schema.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { articleOf, FRONT } from './lint-helpers.js'

// counts the native `format` calls of the typography rules
const calls = vi.hoisted(() => ({ texts: [] as string[] }))
vi.mock('autocorrect-node', async (original) => {
  const real = await original<typeof import('autocorrect-node')>()
  return {
    ...real,
    format: (text: string) => {
      calls.texts.push(text)
      return real.format(text)
    },
  }
})

function lint(body: string) {
  calls.texts.length = 0
  const linter = createLinter({ config: configSchema.parse({}) })
  const findings = linter.lint(articleOf(FRONT + body))
  return { findings, texts: [...calls.texts] }
}

describe('autocorrect calls of a lint', () => {
  it('formats each paragraph that may change once (its result once more, to the fixed point), and nothing else', () => {
    const { findings, texts } = lint(
      '我们用 TypeScript 重写了流水线。\n\n使用TypeScript编写,共3场。\n\n构建时间从 40 秒降到 6 秒。\n\n支持Vue和React。\n',
    )
    // the two rules share one call per paragraph (and one more on a changed one's result, which
    // autocorrect leaves as it is here); the well-spaced ones never cross into native code
    expect(texts).toEqual([
      '使用TypeScript编写,共3场。',
      '使用 TypeScript 编写，共 3 场。',
      '支持Vue和React。',
      '支持 Vue 和 React。',
    ])
    expect(findings.filter((f) => f.ruleId === 'typography/cjk-spacing').length).toBeGreaterThan(0)
    expect(findings.some((f) => f.ruleId === 'typography/punctuation-width')).toBe(true)
  })

  it('makes no call for an article autocorrect would leave alone', () => {
    const { findings, texts } = lint('我们用 TypeScript 重写了流水线。\n\n构建时间从 40 秒降到 6 秒。\n')
    expect(texts).toEqual([])
    expect(findings.filter((f) => f.ruleId.startsWith('typography/'))).toEqual([])
  })
})
