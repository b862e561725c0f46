import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, git, onBranch, writeEntry } from '../state/git-sandbox.js'
import { NOW } from './init-site.js'

describe('init’s .gitignore keeps the state off the content branch', () => {
  it('ledger, statistics and locks are ignored on main, and `state push` still lands them', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    expect((await runCli(['init', NOW], site)).code).toBe(0)
    const ignore = readFileSync(path.join(site, '.gitignore'), 'utf8').split('\n')
    expect(ignore).toEqual(
      expect.arrayContaining(['.wxpress/cache/', '.wxpress/state/', '.wxpress/stats/', '.wxpress/locks/']),
    )
    git(site, 'add', '-A')
    git(site, 'commit', '-qm', 'init')
    // what a publish and a stats run leave in the working tree
    writeEntry(site, '.wxpress/state/one.json', {
      slug: 'one',
      state: 'sent',
      timestamps: { sent: '2027-04-15T12:05:00.000Z' },
    })
    writeEntry(site, '.wxpress/state/accounts/main.json', {
      account: 'main',
      updatedAt: '2027-04-15T12:00:00Z',
    })
    writeEntry(site, '.wxpress/stats/one.json', { slug: 'one', updatedAt: '2027-04-16T01:00:00.000Z' })
    writeEntry(site, '.wxpress/locks/main.lock', { pid: 1 })
    expect(git(site, 'status', '--porcelain', '--untracked-files=all')).toBe('')
    const pushed = await runCli(['state', 'push'], site)
    expect(pushed.code).toBe(0)
    expect(onBranch(box.remote, '.wxpress/state/one.json').state).toBe('sent')
    expect(onBranch(box.remote, '.wxpress/state/accounts/main.json').account).toBe('main')
    expect(onBranch(box.remote, '.wxpress/stats/one.json').slug).toBe('one')
    // and a fresh clone pulls them back although they are ignored
    const other = box.clone('other')
    expect((await runCli(['state', 'pull'], other)).code).toBe(0)
    expect(readFileSync(path.join(other, '.wxpress/state/one.json'), 'utf8')).toContain('"sent"')
  })
})
