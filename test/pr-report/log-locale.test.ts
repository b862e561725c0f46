/**
 * pr-report reads no config: its log follows the site's language that pr-check wrote into the
 * artifact (`locale`), and `--locale` still wins.
 */
import { tmpdir } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import type { GithubEmulator } from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { SHA1, SHA2, writeArtifact } from './pr-fixture.js'
import { env, NOW, reportWith, start } from './pr-run.js'

let gh: GithubEmulator | undefined
afterEach(async () => gh?.close())

describe("pr-report's log language", () => {
  it("follows the artifact's locale, unless --locale is given", async () => {
    const g = (gh = await start())
    g.state.pulls.get(7)!.headSha = SHA2
    const artifact = writeArtifact({ ...reportWith(0, SHA1), locale: 'zh-CN' })
    const zh = await runCli(['pr-report', '--artifact', artifact, NOW], tmpdir(), env(g, ''))
    expect(zh.code).toBe(0)
    expect(zh.stderr).toContain('wxpress pr-report：')
    expect(zh.stderr).toContain('也可能这个产物来自别的提交')
    const en = await runCli(
      ['pr-report', '--artifact', artifact, NOW, '--locale', 'en'],
      tmpdir(),
      env(g, ''),
    )
    expect(en.stderr).toContain('or this artifact comes from another commit')
  })
})
