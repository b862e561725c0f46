import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, git, onBranch, prePushHook, readEntry, writeEntry } from './git-sandbox.js'

const A = '.wxpress/state/one.json'
const B = '.wxpress/state/two.json'

describe('wxpress state push', () => {
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
    writeEntry(two, A, {
      slug: 'one',
      state: 'sent',
      contentHash: 'other',
      timestamps: { sent: '2027-04-15T12:05:00.000Z' },
    })
    const tie = await runCli(['state', 'push'], two)
    expect(tie.code).toBe(1)
    expect(tie.stderr).toContain(`${A}: both copies were written at 2027-04-15T12:05:00.000Z but differ`)
    expect(onBranch(box.remote, A).state).toBe('sent')
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
