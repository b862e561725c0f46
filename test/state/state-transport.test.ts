import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, git, onBranch, prePushHook, readEntry, writeEntry } from './git-sandbox.js'

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

  it('a concurrent push between our fetch and our push: fetch, re-merge, retry — both changes land', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    writeEntry(site, A, {
      slug: 'one',
      state: 'drafted',
      timestamps: { drafted: '2027-04-15T10:00:00.000Z' },
    })
    expect((await runCli(['state', 'push'], site)).code).toBe(0)
    // another job (e.g. stats) has its own commit on the state branch ready to push
    const other = box.clone('other')
    git(other, 'fetch', '-q', 'origin', 'wxpress-state')
    git(other, 'checkout', '-q', '-b', 'wxpress-state', 'FETCH_HEAD')
    writeEntry(other, B, {
      slug: 'two',
      state: 'drafted',
      timestamps: { drafted: '2027-04-15T11:00:00.000Z' },
    })
    git(other, 'add', '-A')
    git(other, 'commit', '-qm', 'other job')
    const mark = path.join(box.dir, 'pushed-once')
    prePushHook(
      site,
      `[ -f "${mark}" ] || { touch "${mark}"; git -C "${other}" push -q origin wxpress-state; }`,
    )
    writeEntry(site, A, {
      slug: 'one',
      state: 'sent',
      msgDataId: '2455890001',
      timestamps: { drafted: '2027-04-15T10:00:00.000Z', sent: '2027-04-15T12:05:00.000Z' },
    })
    const r = await runCli(['state', 'push', '--attempts', '3'], site)
    expect(existsSync(mark)).toBe(true)
    expect(r.stdout).toMatch(/Push 1\/3 rejected/)
    expect(r.code).toBe(0)
    expect(onBranch(box.remote, A)).toMatchObject({ state: 'sent', msgDataId: '2455890001' })
    expect(onBranch(box.remote, B)).toMatchObject({ slug: 'two' })
    expect(git(box.remote, 'log', '--format=%s', 'wxpress-state').split('\n')).toEqual([
      'wxpress: publish state',
      'other job',
      'wxpress: publish state',
    ])
  })

  it('keeps the newer copy of a file and refuses to guess between equal-time copies', async () => {
    const box = createSandbox()
    const one = box.clone('one')
    const two = box.clone('two')
    writeEntry(one, A, { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:05:00.000Z' } })
    expect((await runCli(['state', 'push'], one)).code).toBe(0)
    writeEntry(two, A, { slug: 'one', state: 'drafted', timestamps: { drafted: '2027-04-15T10:00:00.000Z' } })
    const older = await runCli(['state', 'push'], two)
    expect(older.code).toBe(0)
    expect(older.stdout).toContain('the branch copy is newer; kept it')
    expect(onBranch(box.remote, A).state).toBe('sent')
    writeEntry(two, A, { slug: 'one', state: 'failed', timestamps: { sent: '2027-04-15T12:05:00.000Z' } })
    const tie = await runCli(['state', 'push'], two)
    expect(tie.code).toBe(1)
    expect(tie.stderr).toContain(`${A}: both copies were written at 2027-04-15T12:05:00.000Z but differ`)
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

describe('three-way merge from the last pulled or pushed state', () => {
  it('a change that does not move the timestamps still lands, and a pull takes the other side’s', async () => {
    const box = createSandbox()
    const ci = box.clone('ci')
    const sent = { sent: '2027-04-15T12:05:00.000Z' }
    writeEntry(ci, A, { slug: 'one', state: 'sent', contentHash: 'h1', timestamps: sent })
    expect((await runCli(['state', 'push'], ci)).code).toBe(0)
    const site = box.clone('site')
    expect((await runCli(['state', 'pull'], site)).code).toBe(0)
    // the same instant, different content (e.g. an upload cache entry): only this side changed it
    writeEntry(site, A, { slug: 'one', state: 'sent', contentHash: 'h2', timestamps: sent })
    const pushed = await runCli(['state', 'push'], site)
    expect(pushed.stderr).toBe('')
    expect(onBranch(box.remote, A).contentHash).toBe('h2')
    // ci still holds what it pushed (its base): its pull takes the branch's copy
    const pulled = await runCli(['state', 'pull'], ci)
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toContain(`${A} (updated)`)
    expect(readEntry(ci, A).contentHash).toBe('h2')
    // both sides change it at the same instant: a conflict, nothing lost
    writeEntry(ci, A, { slug: 'one', state: 'sent', contentHash: 'h3', timestamps: sent })
    writeEntry(site, A, { slug: 'one', state: 'sent', contentHash: 'h4', timestamps: sent })
    expect((await runCli(['state', 'push'], site)).code).toBe(0)
    const clash = await runCli(['state', 'push'], ci)
    expect(clash.code).toBe(1)
    expect(clash.stderr).toContain(`${A}: both copies were written at 2027-04-15T12:05:00.000Z but differ`)
    expect(onBranch(box.remote, A).contentHash).toBe('h4')
  })
})

describe('wxpress state pull', () => {
  it('is fine without a state branch, then writes the branch’s files into the working tree', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    const first = await runCli(['state', 'pull'], site)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('No branch `wxpress-state` on origin yet')
    const ci = box.clone('ci')
    writeEntry(ci, A, { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:05:00.000Z' } })
    await runCli(['state', 'push'], ci)
    writeEntry(site, B, {
      slug: 'two',
      state: 'drafted',
      timestamps: { drafted: '2027-04-15T11:00:00.000Z' },
    })
    const r = await runCli(['state', 'pull'], site)
    expect(r.code).toBe(0)
    expect(readEntry(site, A).state).toBe('sent')
    expect(readEntry(site, B).slug).toBe('two')
    expect(git(site, 'symbolic-ref', '--short', 'HEAD')).toBe('main')
  })

  it('never overwrites a newer or conflicting local ledger; an older local copy is replaced and named', async () => {
    const box = createSandbox()
    const ci = box.clone('ci')
    writeEntry(ci, A, { slug: 'one', state: 'drafted', timestamps: { drafted: '2027-04-15T10:00:00.000Z' } })
    await runCli(['state', 'push'], ci)
    const site = box.clone('site')
    writeEntry(site, A, {
      slug: 'one',
      state: 'sent',
      timestamps: { drafted: '2027-04-15T10:00:00.000Z', sent: '2027-04-15T12:05:00.000Z' },
    })
    const newer = await runCli(['state', 'pull'], site)
    expect(newer.code).toBe(1)
    expect(newer.stderr).toContain(`${A}: the local copy is newer than the state branch`)
    expect(newer.stderr).toContain('run `wxpress state push`')
    expect(readEntry(site, A).state).toBe('sent')
    writeFileSync(path.join(site, A), '<<<<<<< HEAD\n{"state":"sent"}\n=======\n')
    const broken = await runCli(['state', 'pull'], site)
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain('the local copy is not valid JSON')
    writeEntry(site, A, {
      slug: 'one',
      state: 'drafting',
      timestamps: { drafting: '2027-04-15T09:00:00.000Z' },
    })
    const older = await runCli(['state', 'pull'], site)
    expect(older.code).toBe(0)
    expect(older.stdout).toContain(`${A} (the local copy was older)`)
    expect(readEntry(site, A).state).toBe('drafted')
  })
})
