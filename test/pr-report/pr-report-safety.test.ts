import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { SHA1, SHA2, writeArtifact } from './pr-fixture.js'
import {
  addFixturePull,
  env,
  NOW,
  REPO,
  reportWith,
  start as startEmulator,
  workflowRunEvent,
} from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

async function start() {
  gh = await startEmulator()
  return gh
}

describe('wxpress pr-report refuses or degrades safely', () => {
  it('explains a read-only token clearly and changes nothing', async () => {
    const g = await start()
    g.addToken('fork-token', 'github-actions[bot]', { readOnly: true })
    const r = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(0)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1), 'fork-token'),
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('HTTP 403: Resource not accessible by integration')
    expect(r.stderr).toContain('pull-requests: write')
    // no GITHUB_EVENT_NAME (not a pull_request job): the workflow's permissions are what to change
    expect(r.stderr).toContain('`permissions:`')
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /)
    expect(g.comments(7)).toHaveLength(0)
    expect(g.state.checkRuns).toHaveLength(0)
  })

  it('refuses an artifact whose head sha or pull request does not match the workflow run: no writes', async () => {
    const g = await start()
    const artifact = writeArtifact(reportWith(0))
    const wrongSha = await runCli(
      ['pr-report', '--artifact', artifact, NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA2)),
    )
    expect(wrongSha.code).toBe(1)
    expect(wrongSha.stderr).toContain('not reporting')
    const wrongPr = await runCli(
      ['pr-report', '--artifact', artifact, NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1, [8])),
    )
    expect(wrongPr.code).toBe(1)
    expect(wrongPr.stderr).toContain('belongs to #8')
    // the PR moved on (pushed again before this run): a normal race, a notice and a green run
    g.state.pulls.get(7)!.headSha = SHA2
    const moved = await runCli(['pr-report', '--artifact', artifact, NOW, '--locale', 'zh-CN'], tmpdir(), {
      ...env(g, workflowRunEvent(SHA1)),
      GITHUB_ACTIONS: 'true',
    })
    expect(moved.code).toBe(0)
    const said = `拉取请求 #7 已经更新到 ${SHA2.slice(0, 7)}，不再是产物对应的 ${SHA1.slice(0, 7)}：本次不报告，`
    expect(moved.stdout).toContain(`::notice::${said}`)
    expect(moved.stdout).not.toContain('::error::')
    // said once: GitHub shows the notice's line in the log
    expect(moved.stderr).not.toContain(said)
    const noPr = reportWith(0) as unknown as { pr: { number: number | null } }
    noPr.pr.number = null
    const outside = await runCli(['pr-report', '--artifact', writeArtifact(noPr), NOW], tmpdir(), env(g, ''))
    expect(outside).toMatchObject({ code: 0, stderr: expect.stringContaining('nothing to report') })
    expect(g.writes()).toEqual([])
  })

  it('falls back to the artifact link when the previews branch cannot be written, and prunes closed PRs when it can', async () => {
    const g = await start()
    g.addToken('no-contents', 'github-actions[bot]', { forbid: /^\/git\// })
    const r = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(0)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1), 'no-contents'),
    )
    expect(r.code).toBe(0)
    const body = g.comments(7)[0]!.body
    expect(body).toContain(`https://github.com/${REPO}/actions/runs/42`)
    expect(body).toContain('预览图未能发布')
    expect(body).not.toContain('构建产物里没有这篇的手机截图')
    expect(body).toContain(`每篇文章渲染好的 HTML 在[构建产物](https://github.com/${REPO}/actions/runs/42)里`)
    expect(body).not.toContain('/raw/wxpress-previews/')

    const h = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO }))
    await g.close()
    addFixturePull(h)
    h.addPull({ number: 5, headSha: 'c3'.repeat(20) })
    h.addPull({ number: 3, headSha: 'd4'.repeat(20), state: 'closed' })
    const { createGithubClient } = await import('../../src/github/github-client.js')
    const client = createGithubClient({ baseUrl: h.url, token: 'actions-token', repository: REPO })
    const blob = await client.git.createBlob(Buffer.from('old'))
    const tree = await client.git.createTree(
      ['pr-3/x/a.png', 'pr-5/y/b.png', 'README.md'].map((p) => ({
        path: p,
        mode: '100644',
        type: 'blob',
        sha: blob,
      })),
    )
    await client.git.createBranch('wxpress-previews', await client.git.createCommit('seed', tree, []))
    expect(
      (
        await runCli(
          ['pr-report', '--artifact', writeArtifact(reportWith(0)), NOW],
          tmpdir(),
          env(h, workflowRunEvent(SHA1)),
        )
      ).code,
    ).toBe(0)
    const files = [...h.branchFiles('wxpress-previews').keys()]
    expect(files.some((p) => p.startsWith('pr-3/'))).toBe(false)
    expect(files).toContain('pr-5/y/b.png')
    expect(files).toContain('README.md')
    expect(files).toContain(`pr-7/${SHA1}/screenshots/spring.png`)
  })
})
