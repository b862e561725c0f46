import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'real-text')

describe('precision on real, well-edited Chinese text (issue 17: ≤ 1 typography finding per 10,000 characters)', () => {
  for (const name of ['vant-readme.zh-CN.md', 'antd-changelog.zh-CN.md']) {
    it(`${name}: no typography finding`, () => {
      const text = readFileSync(path.join(dir, name), 'utf8')
      const r = lintAndFix(text)
      expect(r.findings.map((f) => `${f.ruleId} ${f.value ?? ''}`)).toEqual([])
      expect(r.fixed).toBe(text)
    })
  }
})
