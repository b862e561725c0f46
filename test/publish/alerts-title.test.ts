/** `publish --alert`: an issue about a push blocked by a title in error names the title as written. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import {
  createGithubEmulator,
  type GithubEmulator,
} from '../../src/github/emulator/create-github-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { git } from '../helpers/git.js'
import { makeSite } from './publish-site.js'

let emu: Emulator | undefined
let gh: GithubEmulator | undefined
afterEach(async () => {
  await emu?.close()
  await gh?.close()
})

const LONG = '深入理解异步编程的完整指南'.repeat(6) // 72 characters: over the title's 64

describe('publish --alert: the title of a blocked article', () => {
  it('is the title as written, not the slug', async () => {
    emu = await createEmulator({ clock: '2027-04-14T10:00:00+08:00', tags: ['技术读者'] })
    gh = await createGithubEmulator({ token: 'gh-token', repository: 'shanhai/site' })
    const root = makeSite([{ slug: 'one', slot: '2027-04-15T20:00:00+08:00' }])
    const file = path.join(root, 'content', 'one', 'index.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 文章 one', `title: ${LONG}`))
    git(root, 'init', '-q', '-b', 'main')
    git(root, 'add', '-A')
    git(root, 'commit', '-qm', 'add articles')
    gh.addPull({ number: 12, headSha: git(root, 'rev-parse', 'HEAD'), state: 'closed' })
    const now = '2027-04-15T20:10:00+08:00'
    emu.setClock(Date.parse(now))
    const run = await runCli(['publish', '--alert', `--now=${now}`], root, {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 'gh-token',
      GITHUB_REPOSITORY: 'shanhai/site',
    })
    expect(run.code).toBe(1)
    const issues = [...gh.state.issues.values()]
    expect(issues).toHaveLength(1)
    expect(issues[0]!.body).toContain(LONG)
  })
})
