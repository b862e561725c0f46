/**
 * pr-check's cap is fair across articles: errors of every article first, then the rest of the 5,000
 * shared among the articles, so a PR of 60 large articles keeps findings of each (the trial had 363
 * for each of the first 13 and none for the other 47); the notices carry the real counts, fixable ones
 * included, which the comment and the check run add up.
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import {
  capFindings,
  MAX_FINDINGS,
  OMITTED_RULE,
  omittedCounts,
  realCounts,
  waterFill,
} from '../../src/pr/cap-findings.js'

const fix = { line: 1, column: 1, endLine: 1, endColumn: 2, text: '，' }

function finding(file: string, line: number, severity: Diagnostic['severity'], fixable = false): Diagnostic {
  const ruleId = severity === 'error' ? 'frontmatter/missing' : 'typography/punctuation-width'
  return {
    file,
    line,
    column: 1,
    severity,
    ruleId,
    source: 'lint',
    message: `m${line}`,
    ...(fixable ? { fix } : {}),
  }
}

/** 60 articles of 366 findings each (one error in article 45), as in the trial. */
function bigPr(): Diagnostic[] {
  const all: Diagnostic[] = []
  for (let a = 1; a <= 60; a++) {
    const file = `content/bulk-${String(a).padStart(2, '0')}/index.md`
    for (let i = 0; i < 366; i++)
      all.push(finding(file, 10 + i, i % 3 === 2 ? 'info' : 'warning', i % 3 !== 2))
    if (a === 45) all.push(finding(file, 500, 'error'))
  }
  return all
}

describe('capFindings across articles', () => {
  it('keeps findings of every one of 60 articles, about the same number each, and every error', () => {
    const all = bigPr()
    const capped = capFindings(all, 'zh-CN')
    const kept = capped.filter((d) => d.ruleId !== OMITTED_RULE)
    expect(kept).toHaveLength(MAX_FINDINGS)
    const perFile = new Map<string, number>()
    for (const d of kept) perFile.set(d.file, (perFile.get(d.file) ?? 0) + 1)
    expect(perFile.size).toBe(60)
    for (const n of perFile.values()) expect(n).toBeGreaterThanOrEqual(83)
    expect(Math.max(...perFile.values()) - Math.min(...perFile.values())).toBeLessThanOrEqual(1)
    expect(kept.filter((d) => d.severity === 'error')).toHaveLength(1)
    // each article kept its first warnings, in file order, before any info
    const first = kept.filter((d) => d.file === 'content/bulk-01/index.md')
    expect(first.every((d) => d.severity === 'warning')).toBe(true)
    expect(first[0]!.line).toBe(10)
  })

  it('says per article what it left out, fixable ones counted, and the real totals add up', () => {
    const all = bigPr()
    const capped = capFindings(all, 'zh-CN')
    const notices = capped.filter((d) => d.ruleId === OMITTED_RULE)
    expect(notices).toHaveLength(60)
    const n1 = notices.find((d) => d.file === 'content/bulk-01/index.md')!
    const kept1 = capped.filter((d) => d.file === n1.file && d.ruleId !== OMITTED_RULE).length
    expect(n1.message).toBe(`本文还有 ${366 - kept1} 条检查结果没有列进 PR 报告（共 366 条）`)
    expect(n1.hint).toBe(
      '运行 `npx --no-install wxpress check content/bulk-01/index.md` 查看全部；多数可以用 `--fix` 自动修正。',
    )
    expect(omittedCounts(n1)).toEqual({ error: 0, warning: 244 - kept1, info: 122, fixable: 244 - kept1 })
    const real = realCounts(capped)
    const fixable = all.filter((d) => d.fix).length
    expect(real).toEqual({ error: 1, warning: 60 * 244, info: 60 * 122, fixable })
  })

  it('reads notices written before the fixable count (three numbers) as none fixable', () => {
    expect(omittedCounts({ ruleId: OMITTED_RULE, value: '1/2/3' })).toEqual({
      error: 1,
      warning: 2,
      info: 3,
      fixable: 0,
    })
  })

  it('shares a budget: less than a share is kept whole, the rest split evenly', () => {
    expect(waterFill([10, 1000, 1000], 110)).toEqual([10, 50, 50])
    expect(waterFill([3, 3], 10)).toEqual([3, 3])
    expect(waterFill([5, 5, 5], 7)).toEqual([3, 2, 2])
  })
})
