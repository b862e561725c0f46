// The chat list cuts a title by its width: Latin letters, digits and spaces take about half a
// Chinese character, so a mixed title of 39 characters (27 wide) is not cut; 40 Chinese characters are.
import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/config/schema.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { articleOf } from './lint-helpers.js'

const linter = createLinter({ config: configSchema.parse({}), merge: true })
const titleFindings = (title: string) =>
  linter
    .lint(articleOf(`---\ntitle: ${title}\n---\n\n正文。\n`))
    .filter((f) => f.ruleId === 'title/max-length')

describe('title/max-length', () => {
  it('measures by width: a mixed title of 39 characters fits, 40 Chinese characters do not', () => {
    expect(titleFindings('从零发布一个 npm 包：Node.js 20 与 TypeScript 实战')).toEqual([])
    expect(titleFindings('一'.repeat(40))).toHaveLength(1)
    expect(titleFindings('一'.repeat(32))).toEqual([])
    // 30 Chinese characters and 6 letters: 33 wide
    expect(titleFindings(`${'一'.repeat(30)}ABCDEF`)).toHaveLength(1)
  })
})
