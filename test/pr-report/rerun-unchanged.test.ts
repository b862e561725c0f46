/**
 * A re-run on the same head that finds the same leaves the sticky comment alone (DESIGN §8: untouched
 * when unchanged), though its relative times ("32 小时后", from the check's time) and the link to the
 * run holding the artifact differ; a report that did change is written, with this run's link and times.
 */
import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { diag, SHA1, writeArtifact } from './pr-fixture.js'
import { env, REPO, reportWith, start, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

const RUNS = `https://github.com/${REPO}/actions/runs/`

/** The fixture report checked at `checkedAt`, deleting an article planned for 2027-04-18 08:00. */
function reportAt(checkedAt: string, extra = 0) {
  const report = reportWith(extra) as Record<string, unknown> & { check: { diagnostics: unknown[] } }
  report.checkedAt = checkedAt
  report.deleted = [
    { slug: 'winter', file: 'content/winter/index.md', title: '冬天', slot: '2027-04-18T08:00:00+08:00' },
  ]
  return report
}

describe('pr-report run again on the same head', () => {
  it('leaves an unchanged comment alone and writes a changed one with the new run link', async () => {
    const g = (gh = await start())
    // no contents: write, so the previews note links the run's artifact too
    g.addToken('no-contents', 'github-actions[bot]', { forbid: /^\/git\// })
    const run = async (report: Record<string, unknown>, id: string) => {
      const r = await runCli(['pr-report', '--artifact', writeArtifact(report)], tmpdir(), {
        ...env(g, workflowRunEvent(SHA1, [7]), 'no-contents'),
        GITHUB_RUN_ID: id,
      })
      expect(r.code).toBe(0)
      return r
    }
    const patches = () =>
      g.writes().filter((c) => c.method === 'PATCH' && c.path.includes('/issues/comments/')).length

    await run(reportAt('2027-04-17T12:00:00+08:00'), '42')
    const first = g.comments(7)[0]!.body
    expect(first).toContain('**32 小时后**')
    expect(first).toContain('原定 2027-04-18 08:00（UTC+8）推送（20 小时后）')
    expect(first).toContain(`[构建产物](${RUNS}42)`)
    expect(first).toContain(`[检查运行的构建产物](${RUNS}42)`)

    // pr-check ran again two hours later, in run 43: the same findings
    const again = await run(reportAt('2027-04-17T14:00:00+08:00'), '43')
    expect(again.stderr).toContain('comment unchanged')
    expect(again.stderr).toContain('check run unchanged')
    expect(patches()).toBe(0)
    expect(g.comments(7)).toHaveLength(1)
    expect(g.comments(7)[0]!.body).toBe(first)

    // a new finding in run 44: written, with run 44's link and times
    const changed = reportAt('2027-04-17T16:00:00+08:00')
    changed.check.diagnostics.push(diag('content/spring/index.md', 2, 'warning', 'lint/new', '新的问题'))
    const third = await run(changed, '44')
    expect(third.stderr).toContain('comment updated')
    expect(patches()).toBe(1)
    const body = g.comments(7)[0]!.body
    expect(body).toContain('新的问题')
    expect(body).toContain('**28 小时后**')
    expect(body).toContain('推送（16 小时后）')
    expect(body).toContain(`[构建产物](${RUNS}44)`)
    expect(body).toContain(`[检查运行的构建产物](${RUNS}44)`)
    expect(body).not.toContain(`${RUNS}42`)
  })
})
