/**
 * A suggestion commits what `check --fix` writes on its lines (trial L #2): a fix that makes room
 * for another (`(比如边界条件).` → `（比如边界条件）.` → `（比如边界条件）。`) is suggested with it, so
 * committing the suggestion leaves no new finding behind.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { addedLines, planSuggestions, suggestionText } from '../../src/pr/report/suggestions.js'
import { withFixTexts } from '../../src/pr/report/with-fix-texts.js'
import { runCli } from '../helpers/run-cli.js'
import { pullRequestEventFile } from '../helpers/pr-event-file.js'
import { commitAll, git, NOW, prSite, THREE } from './pr-site.js'

const BETA = 'content/beta/index.md'
const LINE = '经常有细节错误(比如边界条件).'

describe('pr-check suggestions', () => {
  it('equal what check --fix writes on the line, not only the first fix', async () => {
    const root = prSite(THREE)
    const file = path.join(root, BETA)
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${LINE}\n`)
    const head = commitAll(root, 'writer')
    const headText = git(root, 'show', `${head}:${BETA}`)
    const event = pullRequestEventFile(3, head)
    await runCli(['pr-check', '--now', NOW, '--no-screenshots'], root, { GITHUB_EVENT_PATH: event })
    const report = prReportSchema.parse(
      JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
    )
    const lines = headText.split('\n')
    const at = lines.indexOf(LINE) + 1
    // the finding's own fix covers the brackets only; the artifact also holds the line as --fix writes it
    const brackets = report.check.diagnostics.find((d) => d.ruleId === 'typography/brackets')
    expect(brackets?.fix).toMatchObject({ line: at, text: '（比如边界条件）' })
    const beta = report.articles.find((a) => a.file === BETA)!
    expect(beta.fixedLines).toEqual([
      { line: at, endLine: at, old: LINE, text: '经常有细节错误（比如边界条件）。' },
    ])

    const added = new Map([[BETA, addedLines(`@@ -${at - 1},0 +${at - 1},2 @@\n+\n+${LINE}`)]])
    const fixed = new Map(report.articles.map((a) => [a.file, a.fixedLines]))
    const plan = planSuggestions(
      withFixTexts(report.check.diagnostics, report.articles),
      added,
      new Map([[BETA, headText]]),
      new Set(),
      fixed,
    )
    expect(plan.map((s) => [s.line, s.text])).toEqual([[at, '经常有细节错误（比如边界条件）。']])
    expect(plan[0]!.body).toContain('typography/brackets')
    expect(plan[0]!.body).toContain('check --fix')

    // committing the suggestion gives the file `check --fix` writes
    lines[at - 1] = suggestionText(plan[0]!.body)!
    await runCli(['check', '--fix', '--now', NOW], root)
    expect(readFileSync(file, 'utf8')).toBe(lines.join('\n'))
  })
})
