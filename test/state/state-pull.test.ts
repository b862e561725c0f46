import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, git, readEntry, writeEntry } from './git-sandbox.js'

const A = '.wxpress/state/one.json'
const B = '.wxpress/state/two.json'

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
    // not "newer" because it changed since the last pull: unreadable, with how to take the branch's copy
    expect(broken.stderr).toContain('the local copy is not a readable ledger')
    expect(broken.stderr).toContain('git show origin/wxpress-state:<file> > <file>')
    expect(broken.stderr).not.toContain('state push')
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
