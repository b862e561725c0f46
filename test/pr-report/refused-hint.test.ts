/**
 * A 403 from GitHub names the right cure: under `pull_request` a fork's token is read-only (run
 * pr-report from `workflow_run`); under `workflow_run` or any other event the workflow's
 * `permissions:` are too narrow. In a job each error is printed once, as its `::error::` line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { SHA1, writeArtifact } from './pr-fixture.js'
import { env, NOW, reportWith, start, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

function pullRequestEvent(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-event-')), 'event.json')
  writeFileSync(file, JSON.stringify({ pull_request: { number: 7, head: { sha: SHA1 } } }))
  return file
}

/** pr-report with a read-only token in an Actions job of `event`. */
async function readOnly(event: 'workflow_run' | 'pull_request') {
  const g = (gh = await start())
  g.addToken('read-only', 'github-actions[bot]', { readOnly: true })
  const file = event === 'workflow_run' ? workflowRunEvent(SHA1, [7]) : pullRequestEvent()
  const r = await runCli(
    ['pr-report', '--artifact', writeArtifact(reportWith(0)), NOW, '--locale', 'zh-CN'],
    tmpdir(),
    { ...env(g, file, 'read-only'), GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event },
  )
  expect(r.code).toBe(1)
  expect(g.writes().filter((c) => c.status < 400)).toEqual([])
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'))
  return { r, errors }
}

describe('pr-report on a 403', () => {
  it('under workflow_run points to the permissions block and the repository setting, each error once', async () => {
    const { r, errors } = await readOnly('workflow_run')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors[0]).toContain('GitHub 拒绝创建检查运行（HTTP 403')
    for (const error of errors) {
      expect(error).toContain('请在工作流的 `permissions:` 块里授予这些权限')
      expect(error).toContain('Settings → Actions → General → Workflow permissions')
      expect(error).not.toContain('fork')
      // once: no plain log line repeats it
      expect(r.stderr).not.toContain(error.slice('::error::'.length, 60))
    }
    expect(new Set(errors).size).toBe(errors.length)
  })

  it('under pull_request says a fork token is read-only and to use workflow_run', async () => {
    const { r, errors } = await readOnly('pull_request')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors[0]).toContain(
      '来自 fork 的拉取请求的令牌是只读的，所以请在 `workflow_run` 工作流里运行 pr-report。',
    )
    expect(errors[0]).not.toContain('permissions:')
    expect(r.stderr).not.toContain('GitHub 拒绝创建检查运行')
  })
})
