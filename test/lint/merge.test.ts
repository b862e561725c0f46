import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lintAndFix } from './lint-helpers.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const body = readFileSync(path.join(here, 'sloppy-article.md'), 'utf8')

describe('one finding per mistake (issue 17)', () => {
  it('merges the fixes of one phrase: `本周Github上` → `本周 GitHub 上`, with the full range', () => {
    const r = lintAndFix('本周Github上最火。\n')
    expect(r.findings).toHaveLength(1)
    const d = r.messages.find((m) => m.ruleId?.startsWith('typography/'))!
    expect(d.reason).toBe('`本周Github上` should be `本周 GitHub 上`')
    // the range covers the whole phrase that changes (`Github`, and the two insertion points)
    expect([d.line, d.column, d.place && 'end' in d.place ? d.place.end.column : 0]).toEqual([9, 3, 9])
    expect((d as { fix?: unknown }).fix).toEqual({
      line: 9,
      column: 3,
      endLine: 9,
      endColumn: 9,
      text: ' GitHub ',
    })
    expect(r.fixed).toBe('本周 GitHub 上最火。\n')
  })

  it('a sloppy article lists each mistake once: half the findings or fewer, and no mistake lost', () => {
    const merged = lintAndFix(body)
    const each = lintAndFix(body, {}, false)
    expect(merged.findings.length * 2).toBeLessThanOrEqual(each.findings.length)
    // the same text comes out of --fix either way: every mistake is still fixed
    expect(merged.fixed).toBe(each.fixed)
    expect(merged.fixed).toContain(
      '本周 GitHub 上最火的项目是一个用 TypeScript 写的 Markdown 编辑器，支持 Windows 和 macOS。',
    )
    const list = merged.messages
      .filter((m) => m.ruleId?.startsWith('typography/'))
      .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)
    expect(`${list.join('\n')}\n`).toMatchSnapshot()
  })
})
