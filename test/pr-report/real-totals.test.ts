/**
 * On a PR over pr-check's cap the comment says one consistent thing with the real totals: how many
 * findings there are, how many it lists, how many the check run annotates and how many only a local
 * `check` shows (the trial's comment said "every finding is in the check run" and, one line below,
 * "16,940 are not in the check run"). The check run's title and summary count the same totals, and the
 * 💡 line gives both units of the suggestions and the real count of fixable places left.
 */
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { capFindings } from '../../src/pr/cap-findings.js'
import { planCheckRun } from '../../src/pr/report/check-annotations.js'
import { checkSummary } from '../../src/pr/report/check-summary.js'
import { commentBody } from '../../src/pr/report/comment-body.js'
import { readArtifact } from '../../src/pr/report/read-artifact.js'
import type { PrReport } from '../../src/pr/report-schema.js'
import { baseReport, writeArtifact } from './pr-fixture.js'
import { commentInput } from './comment-input.js'

const fix = { line: 10, column: 1, endLine: 10, endColumn: 2, text: '，' }

/** 20 changed articles of 400 findings each (300 fixable warnings, 100 infos): 8,000 in all. */
function bigArtifact(): string {
  const report = baseReport() as {
    articles: Record<string, unknown>[]
    scope: unknown
    check: { diagnostics: unknown[] }
  }
  const one = report.articles[1]!
  report.articles = []
  report.scope = { all: false, reason: null }
  const all: Diagnostic[] = []
  for (let a = 0; a < 20; a++) {
    const file = `content/a${a}/index.md`
    report.articles.push({
      ...one,
      slug: `a${a}`,
      file,
      title: `第 ${a} 篇`,
      changed: true,
      status: 'warning',
    })
    for (let i = 0; i < 400; i++) {
      const warning = i < 300
      all.push({
        file,
        line: 10 + i,
        column: 1,
        severity: warning ? 'warning' : 'info',
        ruleId: warning ? 'typography/punctuation-width' : 'length/word-count',
        source: 'lint',
        message: `m${i}`,
        ...(warning ? { fix: { ...fix, line: 10 + i, endLine: 10 + i } } : {}),
      })
    }
  }
  report.check.diagnostics = capFindings(all, 'zh-CN')
  return writeArtifact(report)
}

describe('the real totals of a PR over the cap', () => {
  it('the comment says once what is where, with the real numbers', async () => {
    const body = commentBody(await commentInput(bigArtifact(), { suggestions: 8, suggestionPlaces: 25 }))
    expect(body).not.toContain('每条问题都在那里')
    expect(body).not.toContain('📋')
    expect(body).toMatch(
      /> ✂️ 本 PR 共有 8,000 条检查结果，评论里每篇先列错误、再列警告，共列出 [\d,]+ 条；\[检查运行 wxpress\]\([^)]+\)以标注列出其中 5,000 条；其余 3,000 条超出了 PR 报告的上限（每篇最多 1,000 条、共 5,000 条，错误优先，其余按篇平分），检查运行里没有，只有在本地运行 `npx --no-install wxpress check` 才能看到。/,
    )
    // 8 suggestions fix 25 places; 6,000 are fixable in all (those over the cap included)
    expect(body).toContain(
      '> 💡 8 条修改建议（共 25 处）：见本 PR 的审查评论，点 “Commit suggestion” 即可提交。' +
        '另有 5,975 处可自动修正的问题没有贴成建议（建议只贴在本 PR 改动的行上），' +
        '在本地运行 `npx --no-install wxpress check --fix` 可以一次修好全部。',
    )
    expect(body).not.toMatch(/一键修复|一键修正/)
  })

  it('the check run counts the real totals and says what it does not hold', async () => {
    const read = await readArtifact(bigArtifact())
    if (!read.ok) throw new Error(read.error)
    const report = read.artifact.report
    const summary = checkSummary(report)
    expect(summary).toContain('⚠️ 6000 个警告 · ℹ️ 2000 条提示')
    expect(summary).toContain(
      '下面的标注（annotations）标出了其中 5,000 条，并标在文件的对应行上；其余 3,000 条超出了 PR 报告的上限',
    )
    expect(summary).not.toContain('每条问题都在下面的注释')
    expect(planCheckRun(report.check.diagnostics, summary).title).toBe('6000 个警告，2000 条提示')
  })

  it('under the cap the check run holds everything, and the comment says so', async () => {
    const body = commentBody(await commentInput(writeArtifact(baseReport())))
    expect(body).not.toContain('超出了 PR 报告的上限')
    expect(checkSummary(baseReport() as unknown as PrReport)).toContain(
      '每条问题都在下面的标注（annotations）里',
    )
  })
})
