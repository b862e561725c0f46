import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, git, onBranch, writeEntry } from './git-sandbox.js'

const A = '.wxpress/state/one.json'
const B = '.wxpress/state/two.json'
const S = '.wxpress/stats/one.json'

describe('wxpress state push', () => {
  it('creates the state branch on first use without touching the checked-out branch', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    const head = git(site, 'rev-parse', 'HEAD')
    writeEntry(site, A, { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:05:00.000Z' } })
    writeEntry(site, S, { slug: 'one', updatedAt: '2027-04-16T01:00:00.000Z', days: {} })
    writeFileSync(path.join(site, '.wxpress', 'state', 'one.json.1a2b.tmp'), 'half a write')
    const r = await runCli(['state', 'push'], site)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Pushed 2 state file(s) to origin/wxpress-state')
    expect(onBranch(box.remote, A).state).toBe('sent')
    expect(onBranch(box.remote, S).slug).toBe('one')
    expect(git(box.remote, 'ls-tree', '-r', '--name-only', 'wxpress-state').split('\n')).toEqual(
      [S, A].sort(),
    )
    // main, HEAD, the index and the working tree are as they were
    expect(git(site, 'rev-parse', 'HEAD')).toBe(head)
    expect(git(box.remote, 'rev-parse', 'main')).toBe(head)
    expect(git(site, 'symbolic-ref', '--short', 'HEAD')).toBe('main')
    expect(git(site, 'diff', '--cached', '--name-only')).toBe('')
    const again = await runCli(['state', 'push'], site)
    expect(again.stdout).toContain('already holds this state')
  })

  it('refuses to push a state file with git conflict markers: exit 1, the file and the repair hint', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    writeEntry(site, A, { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:05:00.000Z' } })
    expect((await runCli(['state', 'push'], site)).code).toBe(0)
    const before = git(box.remote, 'rev-parse', 'wxpress-state')
    writeFileSync(path.join(site, A), '<<<<<<< HEAD\n{"state":"sent"}\n=======\n>>>>>>> other\n')
    const only = await runCli(['state', 'push', '--locale', 'zh-CN'], site)
    expect(only.code).toBe(1)
    expect(only.stdout).toBe('')
    expect(git(box.remote, 'rev-parse', 'wxpress-state')).toBe(before)
    // a ledger written meanwhile still lands: only the broken file stays behind
    writeEntry(site, B, { slug: 'two', state: 'sent', timestamps: { sent: '2027-04-16T12:05:00.000Z' } })
    const r = await runCli(['state', 'push', '--locale', 'zh-CN'], site)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('已推送 1 个状态文件')
    expect(onBranch(box.remote, B).state).toBe('sent')
    expect(r.stderr).toContain('1 个状态文件无法读取，没有推送（`wxpress-state` 上仍保留原来的副本）')
    expect(r.stderr).toContain(`发布台账 ${A} 无法读取：其中有 git 冲突标记`)
    expect(r.stderr).toContain(`git log -p origin/wxpress-state -- ${A}`)
    expect(r.stderr).not.toContain('再运行一次')
    expect(onBranch(box.remote, A).state).toBe('sent')
  })

  it('works from shallow CI checkouts (actions/checkout fetches one commit)', async () => {
    const box = createSandbox()
    const shallow = (name: string) => {
      git(box.dir, 'clone', '-q', '--depth', '1', `file://${box.remote}`, name)
      return path.join(box.dir, name)
    }
    const first = shallow('first')
    expect(git(first, 'rev-parse', '--is-shallow-repository')).toBe('true')
    writeEntry(first, A, { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:05:00.000Z' } })
    expect((await runCli(['state', 'push'], first)).code).toBe(0)
    const second = shallow('second')
    expect((await runCli(['state', 'pull'], second)).code).toBe(0)
    writeEntry(second, B, {
      slug: 'two',
      state: 'drafted',
      timestamps: { drafted: '2027-04-16T10:00:00.000Z' },
    })
    expect((await runCli(['state', 'push'], second)).code).toBe(0)
    expect([onBranch(box.remote, A).slug, onBranch(box.remote, B).slug]).toEqual(['one', 'two'])
  })

  it('exits 1 with git’s reason when the push cannot land', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    writeEntry(site, A, { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:05:00.000Z' } })
    const hook = path.join(box.remote, 'hooks', 'pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "protected branch hook declined" >&2\nexit 1\n', { mode: 0o755 })
    const r = await runCli(['state', 'push', '--attempts', '2'], site)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('the state did not land on origin/wxpress-state after 2 attempts')
    expect(r.stderr).toContain('run `wxpress state push` again')
  })
})
