/**
 * pr-check keeps at most 1,000 findings of an article (5,000 in all), errors first, and says how many
 * it left out; the comment counts the real totals and tells the reviewer where to find the rest.
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import {
  capFindings,
  MAX_FINDINGS,
  MAX_FINDINGS_PER_ARTICLE,
  omittedCounts,
} from '../../src/pr/cap-findings.js'
import { countsText } from '../../src/pr/report/comment-parts.js'

function finding(file: string, line: number, severity: Diagnostic['severity']): Diagnostic {
  const ruleId = severity === 'error' ? 'frontmatter/missing' : 'typography/quotes'
  return { file, line, column: 1, severity, ruleId, source: 'lint', message: `m${line}` }
}

describe('capFindings', () => {
  it('keeps every finding of a usual pull request as it is', () => {
    const all = [finding('a.md', 1, 'warning'), finding('a.md', 2, 'error')]
    expect(capFindings(all, 'en')).toEqual(all)
  })

  it('keeps the errors and the first warnings of an article, with one notice of the rest', () => {
    const warnings = Array.from({ length: 3_000 }, (_, i) => finding('a.md', i + 2, 'warning'))
    const infos = [finding('a.md', 5_000, 'info')]
    const errors = [finding('a.md', 9_000, 'error')]
    const capped = capFindings([...warnings, ...infos, ...errors], 'zh-CN')
    expect(capped).toHaveLength(MAX_FINDINGS_PER_ARTICLE + 1)
    expect(capped.filter((d) => d.severity === 'error')).toHaveLength(1)
    expect(capped.filter((d) => d.severity === 'warning').map((d) => d.line)).toEqual(
      warnings.slice(0, MAX_FINDINGS_PER_ARTICLE - 1).map((d) => d.line),
    )
    const notice = capped.at(-1)!
    expect(notice).toMatchObject({ ruleId: 'pr/findings-omitted', severity: 'info', line: 1, file: 'a.md' })
    expect(notice.message).toBe('本文还有 2,002 条检查结果没有列进 PR 报告（共 3,002 条）')
    expect(omittedCounts(notice)).toEqual({ error: 0, warning: 2_001, info: 1, fixable: 0 })
    expect(countsText(capped)).toBe('❌ 1 个错误 · ⚠️ 3000 个警告 · ℹ️ 1 条提示')
  })

  it('keeps at most 5,000 findings in all', () => {
    const all = Array.from({ length: 8 }, (_, f) =>
      Array.from({ length: 900 }, (_, i) => finding(`${f}.md`, i + 1, 'warning')),
    ).flat()
    const capped = capFindings(all, 'en')
    expect(capped.filter((d) => d.ruleId !== 'pr/findings-omitted')).toHaveLength(MAX_FINDINGS)
    const notices = capped.filter((d) => d.ruleId === 'pr/findings-omitted')
    expect(notices.reduce((n, d) => n + omittedCounts(d).warning, 0)).toBe(8 * 900 - MAX_FINDINGS)
  })
})
