import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { SHA1, writeArtifact } from './pr-fixture.js'
import { env, NOW, REPO, reportWith, start, workflowRunEvent } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

describe('hints in the PR outputs', () => {
  it('are labelled 建议： as in the CLI, in the annotations and in the sticky comment (提示 is the info severity)', async () => {
    const g = (gh = await start())
    const r = await runCli(
      ['pr-report', '--artifact', writeArtifact(reportWith(0)), NOW],
      tmpdir(),
      env(g, workflowRunEvent(SHA1)),
    )
    expect(r.code, r.stderr).toBe(0)
    const [run] = g.state.checkRuns
    const res = await fetch(`${g.url}/repos/${REPO}/check-runs/${run!.id}/annotations`, {
      headers: { authorization: 'token actions-token' },
    })
    const annotations = (await res.json()) as { title: string; message: string }[]
    const conflict = annotations.find((a) => a.title === 'schedule/slot-conflict')
    expect(conflict!.message).toBe('与《秋天》同一时段发送\n建议：改一个 slot')
    const body = g.comments(7)[0]!.body
    expect(body).toContain('同一时段发送<br>　建议：改一个 slot')
    expect(body).not.toContain('提示：')
  })
})
