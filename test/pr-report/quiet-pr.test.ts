/**
 * The check workflow runs on every pull request (no `paths:` filter, so a required check never stays
 * Pending). On a pull request that touches no article, theme, config or plugin, pr-report writes
 * nothing — no comment, no check run, no job annotation — unless a wxpress comment of an earlier push
 * is there, which it then brings up to date.
 */
import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { baseReport, SHA1, writeArtifact } from './pr-fixture.js'
import { env, MARKER, NOW, REPO, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

/** What pr-check writes for a README-only pull request. */
function readmeOnly() {
  const report = baseReport(SHA1) as Record<string, unknown> & { check: Record<string, unknown> }
  report.scope = { all: false, reason: null }
  report.articles = []
  report.deleted = []
  report.check = {
    ...report.check,
    files: [],
    summary: { files: 0, errors: 0, warnings: 0 },
    diagnostics: [],
  }
  return writeArtifact(report)
}

async function start() {
  const g = (gh = await createGithubEmulator({ token: 'actions-token', repository: REPO }))
  g.addPull({ number: 7, headSha: SHA1, files: [{ filename: 'README.md', status: 'modified', patch: '' }] })
  return g
}

describe('pr-report on a pull request without articles', () => {
  it('writes nothing at all and exits 0', async () => {
    const g = await start()
    const run = await runCli(['pr-report', '--artifact', readmeOnly(), NOW], tmpdir(), {
      ...env(g, workflowRunEvent(SHA1)),
      GITHUB_ACTIONS: 'true',
    })
    expect(run.code).toBe(0)
    expect(g.writes()).toEqual([])
    expect(g.comments(7)).toEqual([])
    expect(g.state.checkRuns).toEqual([])
    expect(run.stderr).toContain('the pull request changes no article, theme, config or plugin')
    expect(run.stdout).not.toContain('::notice::')
  })

  it('updates the wxpress comment an earlier push left', async () => {
    const g = await start()
    const bot = { login: 'github-actions[bot]', type: 'Bot' as const, id: 41_898_282 }
    g.addComment(7, `${MARKER}\n## ❌ wxpress 预览报告\n\n旧的内容`, bot)
    const run = await runCli(
      ['pr-report', '--artifact', readmeOnly(), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1)),
    )
    expect(run.code).toBe(0)
    const [comment] = g.comments(7)
    expect(comment!.body).toContain('**本 PR 没有改动文章**')
    expect(comment!.body).not.toContain('旧的内容')
  })
})
