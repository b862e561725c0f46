import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, git, onBranch, readEntry, writeEntry } from './git-sandbox.js'

const K = '.wxpress/state/k-dual.json'
const drafted = {
  slug: 'k-dual',
  state: 'drafted',
  draftMediaId: 'DRAFT_1',
  timestamps: { drafted: '2027-03-19T10:00:00.000Z' },
}
/** Clone A's send: the whole answer of sendall. */
const sentByA = {
  ...drafted,
  state: 'sent',
  clientmsgid: 'wxabc',
  msgId: 3147480030,
  msgDataId: '2455890030',
  sentAt: '2027-03-20T12:05:00.000Z',
  timestamps: {
    ...drafted.timestamps,
    sending: '2027-03-20T12:05:00.000Z',
    sent: '2027-03-20T12:05:00.000Z',
  },
}

/**
 * Two clones that both pulled the `drafted` ledger the day before; then A sent and pushed. Made once
 * (six state commands and four clones) and copied for each test, with the copies' remotes repointed.
 */
async function makeTemplate() {
  const box = createSandbox()
  const seed = box.clone('first')
  writeEntry(seed, K, drafted)
  expect((await runCli(['state', 'push'], seed)).code).toBe(0)
  const a = box.clone('a')
  const b = box.clone('b')
  expect((await runCli(['state', 'pull'], a)).code).toBe(0)
  expect((await runCli(['state', 'pull'], b)).code).toBe(0)
  writeEntry(a, K, sentByA)
  expect((await runCli(['state', 'push'], a)).code).toBe(0)
  return box.dir
}
let template: Promise<string> | undefined

async function twoClones() {
  template ??= makeTemplate()
  const source = await template
  const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-ledger-merge-'))
  cpSync(source, dir, { recursive: true })
  const remote = path.join(dir, 'remote.git')
  const a = path.join(dir, 'a')
  const b = path.join(dir, 'b')
  for (const clone of [a, b]) git(clone, 'remote', 'set-url', 'origin', remote)
  const clone = (name: string) => {
    git(dir, 'clone', '-q', remote, name)
    return path.join(dir, name)
  }
  return { box: { dir, remote, clone }, a, b }
}

describe('a ledger changed in two clones merges by its lifecycle, never losing what a send recorded', () => {
  it('a later 45065 confirmation keeps msg_data_id and the real send time of the first send', async () => {
    const { box, a, b } = await twoClones()
    // B, stale, learns of the send from 45065: no msg_data_id, and its own (later) time
    writeEntry(b, K, {
      ...drafted,
      state: 'sent',
      clientmsgid: 'wxabc',
      msgId: 3147480030,
      confirmedBy: '45065',
      sentAt: '2027-03-20T12:06:00.000Z',
      timestamps: {
        ...drafted.timestamps,
        sending: '2027-03-20T12:06:00.000Z',
        sent: '2027-03-20T12:06:00.000Z',
      },
    })
    const pushed = await runCli(['state', 'push'], b)
    expect(pushed.code).toBe(0)
    const onB = onBranch(box.remote, K)
    expect(onB).toMatchObject({ state: 'sent', msgId: 3147480030, msgDataId: '2455890030' })
    expect(onB.sentAt).toBe('2027-03-20T12:05:00.000Z')
    expect(onB.timestamps.sent).toBe('2027-03-20T12:05:00.000Z')
    expect(onB.confirmedBy).toBeUndefined()
    // B's working tree holds the merge too, and A's pull changes nothing it had
    expect(readEntry(b, K).msgDataId).toBe('2455890030')
    expect((await runCli(['state', 'pull'], a)).code).toBe(0)
    expect(readEntry(a, K)).toMatchObject({ msgDataId: '2455890030', sentAt: '2027-03-20T12:05:00.000Z' })
  })

  it('a later `sending` (a failed run elsewhere) never takes the branch or a pull back from `sent`', async () => {
    const { box, a, b } = await twoClones()
    const sending = {
      ...drafted,
      state: 'sending',
      clientmsgid: 'wxabc',
      error: { errcode: 40125, errmsg: 'invalid appsecret' },
      timestamps: { ...drafted.timestamps, sending: '2027-03-20T12:06:00.000Z' },
    }
    writeEntry(b, K, sending)
    const pushed = await runCli(['state', 'push'], b)
    expect(pushed.code).toBe(0)
    expect(pushed.stdout).toContain(`${K}: the branch copy is newer; kept it`)
    expect(onBranch(box.remote, K)).toMatchObject({ state: 'sent', msgDataId: '2455890030' })
    // a branch that went back anyway (an older wxpress, a hand edit): A's pull keeps its `sent` copy
    const c = box.clone('c')
    git(c, 'fetch', '-q', 'origin', 'wxpress-state')
    git(c, 'checkout', '-q', '-b', 'wxpress-state', 'FETCH_HEAD')
    writeEntry(c, K, sending)
    git(c, 'commit', '-qam', 'regress')
    git(c, 'push', '-q', 'origin', 'wxpress-state')
    const pulled = await runCli(['state', 'pull'], a)
    expect(pulled.code).toBe(1)
    expect(pulled.stderr).toContain(`${K}: the local copy is newer than the state branch`)
    expect(readEntry(a, K)).toMatchObject({ state: 'sent', msgDataId: '2455890030' })
    // and its push restores the branch
    expect((await runCli(['state', 'push'], a)).code).toBe(0)
    expect(onBranch(box.remote, K)).toMatchObject({ state: 'sent', sentAt: '2027-03-20T12:05:00.000Z' })
  })

  it('a pull fills in the ids the branch has and the local copy lacks', async () => {
    const { box, b } = await twoClones()
    const { msgDataId: _, ...withoutId } = sentByA
    writeEntry(b, K, {
      ...withoutId,
      confirmedBy: '45065',
      timestamps: { ...sentByA.timestamps, sent: '2027-03-20T12:07:00.000Z' },
    })
    const pulled = await runCli(['state', 'pull'], b)
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toContain(`${K} (merged with the local copy)`)
    expect(readEntry(b, K)).toMatchObject({
      msgDataId: '2455890030',
      timestamps: { sent: '2027-03-20T12:05:00.000Z' },
    })
    expect(readEntry(b, K).confirmedBy).toBeUndefined()
    expect(onBranch(box.remote, K).msgDataId).toBe('2455890030')
  })

  it('two different sends are reported, and the earlier one is kept', async () => {
    const { box, b } = await twoClones()
    writeEntry(b, K, {
      ...sentByA,
      msgId: 3147480031,
      msgDataId: '2455890031',
      sentAt: '2027-03-20T12:07:00.000Z',
      timestamps: { ...sentByA.timestamps, sent: '2027-03-20T12:07:00.000Z' },
    })
    const pushed = await runCli(['state', 'push'], b)
    expect(pushed.code).toBe(1)
    expect(pushed.stderr).toContain('record different sends (msg_id 3147480030 at 2027-03-20T12:05:00.000Z')
    expect(pushed.stderr).toContain('群发记录')
    expect(onBranch(box.remote, K)).toMatchObject({ msgId: 3147480030, msgDataId: '2455890030' })
  })
})
