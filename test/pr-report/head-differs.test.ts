import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { SHA1, SHA2, writeArtifact } from './pr-fixture.js'
import { env, NOW, reportWith, start } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

describe('pr-report without an event, on an artifact of another head', () => {
  it('skips with exit 0 but does not assume the pull request simply moved on', async () => {
    const g = (gh = await start())
    g.state.pulls.get(7)!.headSha = SHA2
    const artifact = writeArtifact(reportWith(0, SHA1))
    const en = await runCli(['pr-report', '--artifact', artifact, NOW], tmpdir(), env(g, ''))
    expect(en.code).toBe(0)
    expect(en.stderr).toContain(
      `the artifact is for ${SHA1.slice(0, 7)} but pull request #7 is at ${SHA2.slice(0, 7)}: nothing reported. ` +
        'Either the pull request moved on',
    )
    expect(en.stderr).toContain('or this artifact comes from another commit')
    expect(en.stderr).not.toContain('past the artifact')
    const zh = await runCli(
      ['pr-report', '--artifact', artifact, NOW, '--locale', 'zh-CN'],
      tmpdir(),
      env(g, ''),
    )
    expect(zh.code).toBe(0)
    expect(zh.stderr).toContain('也可能这个产物来自别的提交')
    expect(g.writes()).toEqual([])
  })
})
