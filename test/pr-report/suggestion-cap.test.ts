import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { baseReport, diag, fixOf, SHA1, writeArtifact } from './pr-fixture.js'
import { env, NOW, REPO, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

/** An article with `n` lines that each have one fixable comma, all added by the PR. */
function manyFixes(n: number) {
  const lines = ['---', 'title: 很多可修复的行', '---', '']
  for (let i = 1; i <= n; i++) lines.push(`第${i}段内容很好,非常好。`)
  const text = `${lines.join('\n')}\n`
  const patch = [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')
  const report = baseReport(SHA1) as { check: { diagnostics: unknown[] } }
  for (let line = 5; line < 5 + n; line++) {
    report.check.diagnostics.push(
      diag('content/many/index.md', line, 'warning', 'typography/fullwidth-punctuation', '中文里用全角逗号', {
        fix: fixOf(text, line, ',', '，'),
      }),
    )
  }
  return { text, patch, report }
}

describe('pr-report suggestion cap', () => {
  it('posts at most 50 suggestions per head in all, says how many are left, and a re-run writes nothing', async () => {
    // 20 per page: the 50 posted review comments come back on three pages
    const g = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO, maxPerPage: 20 }))
    const { text, patch, report } = manyFixes(120)
    g.setContent(SHA1, 'content/many/index.md', text)
    g.addPull({
      number: 7,
      headSha: SHA1,
      files: [{ filename: 'content/many/index.md', status: 'added', patch }],
    })
    const artifact = writeArtifact(report)
    const run = () =>
      runCli(['pr-report', '--artifact', artifact, NOW], tmpdir(), env(g, workflowRunEvent(SHA1)))

    const first = await run()
    expect(first.code).toBe(0)
    expect(first.stderr).toContain('suggestions: 50 posted, 0 already there, 70 more not posted')
    expect(g.state.reviews).toHaveLength(1)
    expect(g.state.reviewComments).toHaveLength(50)
    expect(g.state.reviews[0]!.body).toBe(
      'wxpress 为可自动修正的排版问题准备了 120 条修改建议（共 120 处），每个提交最多贴出 50 条，' +
        '这里贴出 50 条修改建议（共 50 处）：点每条建议下的 “Commit suggestion” 即可提交；' +
        '还有 70 条修改建议（共 70 处）没有贴出：在本地运行 `npx --no-install wxpress check --fix` 可以一次修好全部。',
    )
    expect(g.comments(7)[0]!.body).toContain(
      '> 💡 50 条修改建议（共 50 处）：见本 PR 的审查评论，点 “Commit suggestion” 即可提交。' +
        // 120 here and 4 in the base fixture are fixable, 50 of them in suggestions
        '另有 74 处可自动修正的问题没有贴成建议（每个提交最多贴 50 条建议，且只贴在本 PR 改动的行上），' +
        '在本地运行 `npx --no-install wxpress check --fix` 可以一次修好全部。',
    )

    for (const again of [1, 2]) {
      g.resetCalls()
      const rerun = await run()
      expect(rerun.code, `re-run ${again}`).toBe(0)
      expect(rerun.stderr).toContain('suggestions: 0 posted, 50 already there, 70 more not posted')
      expect(g.writes()).toEqual([])
      expect(g.state.reviewComments).toHaveLength(50)
    }
  })
})
