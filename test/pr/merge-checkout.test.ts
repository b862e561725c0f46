/**
 * GitHub's `pull_request` checkout is the merge commit: when the base branch moved the same article,
 * its lines differ from the head's. pr-check reports at the head's lines, and a fix whose text the
 * head no longer holds never becomes a suggestion.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { addedLines, planSuggestions } from '../../src/pr/report/suggestions.js'
import { withFixTexts } from '../../src/pr/report/with-fix-texts.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, NOW, prSite, THREE } from './pr-site.js'
import { pullRequestEventFile } from '../helpers/pr-event-file.js'

const BETA = path.join('content', 'beta', 'index.md')
const edit = (root: string, fn: (text: string) => string) =>
  writeFileSync(path.join(root, BETA), fn(readFileSync(path.join(root, BETA), 'utf8')))

describe('pr-check on the merge commit of a PR whose base moved', () => {
  it('reports findings, fixes and changed lines at the head commit', async () => {
    const root = prSite(THREE)
    edit(root, (t) => `${t}\n最后一段,有个半角逗号。\n`)
    const head = commitAll(root, 'writer')
    const headText = git(root, 'show', `${head}:${BETA}`)
    git(root, 'switch', '-q', 'main')
    edit(root, (t) => t.replace('正文第一段。', '编者按:本期有改动。\n\n另一段。\n\n正文第一段。'))
    commitAll(root, 'editor on main')
    git(root, 'update-ref', 'refs/remotes/origin/main', 'main')
    git(root, 'switch', '-q', '--detach', 'main')
    git(root, 'merge', '-q', '--no-ff', '-m', 'merge', 'pr')
    const event = pullRequestEventFile(9, head)

    const r = await runCli(['pr-check', '--now', NOW, '--no-screenshots'], root, { GITHUB_EVENT_PATH: event })
    expect(r.stderr).not.toContain('head commit')
    const report = prReportSchema.parse(
      JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
    )
    const headLines = headText.split('\n')
    const comma = headLines.findIndex((l) => l.includes('最后一段')) + 1
    // the PR's line, numbered as at the head (the merge commit has it 4 lines lower)
    expect(report.articles[0]?.changedLines).toEqual([[comma - 1, comma]])
    const mine = report.check.diagnostics.find((d) => d.value?.includes('段,有'))
    expect(mine).toMatchObject({ line: comma, fix: { line: comma, text: '，' } })
    // the check document stays that of `check --format json`; the replaced text is kept per article
    expect(mine?.fix).not.toHaveProperty('old')
    const { line, column, endLine, endColumn } = mine!.fix!
    expect(report.articles[0]?.fixTexts).toContainEqual({ line, column, endLine, endColumn, old: ',' })
    expect(r.stdout).toContain(`file=content/beta/index.md,line=${comma},`)
    // the base's own line: kept, at the nearest head line, without a fix
    const theirs = report.check.diagnostics.find((d) => d.value?.includes('按:本'))
    expect(theirs).toBeDefined()
    expect(theirs?.fix).toBeUndefined()
    expect(headLines[(theirs?.line ?? 0) - 1]).not.toContain('编者按')

    // the suggestion is the head's line with the fix applied
    const added = new Map([
      [
        BETA.split(path.sep).join('/'),
        addedLines(`@@ -${comma - 1},0 +${comma - 1},2 @@\n+\n+最后一段,有个半角逗号。`),
      ],
    ])
    const texts = new Map([[BETA.split(path.sep).join('/'), headText]])
    const checked = withFixTexts(report.check.diagnostics, report.articles)
    const suggestions = planSuggestions(checked, added, texts, new Set())
    expect(suggestions.map((s) => [s.line, s.text])).toEqual([[comma, '最后一段，有个半角逗号。']])
    // were the lines not moved, the head's text there would not be the fix's: no suggestion at all
    const moved = <T extends { line: number; endLine: number }>(f: T) => ({
      ...f,
      line: f.line - 2,
      endLine: f.endLine - 2,
    })
    const stale = withFixTexts(
      report.check.diagnostics.map((d) => (d.fix ? { ...d, fix: moved(d.fix) } : d)),
      report.articles.map((a) => ({ ...a, fixTexts: a.fixTexts.map(moved) })),
    )
    const all = new Map([[BETA.split(path.sep).join('/'), new Set(headLines.map((_, i) => i + 1))]])
    expect(planSuggestions(stale, all, texts, new Set())).toEqual([])
  })
})
