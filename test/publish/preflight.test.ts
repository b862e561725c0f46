import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { call, token } from '../helpers/emulator-http.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

let emu: Emulator | undefined
afterEach(async () => emu?.close())

const NOW = '2027-04-14T10:00:00+08:00'
const SLOT = '2027-04-15T20:00:00+08:00'
const env = (e: Emulator, secret = 'emulator-secret') => ({
  WECHAT_API_BASE: e.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: secret,
})
type State = {
  calls: { path: string }[]
  accounts: Record<string, { drafts: unknown[]; massSends: unknown[]; published: unknown[] }>
}
const calls = (e: Emulator, p: string) => (e.state() as State).calls.filter((c) => c.path === p).length

describe('wxpress publish --preflight', () => {
  it('passes for a good push and creates nothing on WeChat', async () => {
    emu = await createEmulator({ clock: NOW, tags: ['技术读者'] })
    const root = makeSite([{ slug: 'one', slot: SLOT, audience: '技术读者' }])
    const r = await runCli(['publish', '--preflight', `--now=${NOW}`], root, env(emu))
    expect(r.stdout).toContain('Preflight passed.')
    expect(r.code).toBe(0)
    const account = (emu.state() as State).accounts.wx0000000000emulator!
    expect([account.drafts, account.massSends, account.published]).toEqual([[], [], []])
    expect(existsSync(path.join(root, '.wxpress', 'state', 'one.json'))).toBe(false)
  })

  it('an audience naming a missing follower tag is an error on its line, with did-you-mean; tags are cached', async () => {
    emu = await createEmulator({ clock: NOW, tags: ['技术读者', '产品经理'] })
    const root = makeSite([{ slug: 'one', slot: SLOT, audience: '技术读着' }])
    const r = await runCli(['publish', '--preflight', `--now=${NOW}`], root, env(emu))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('content/one/index.md\n  5:11-15  error')
    expect(r.stdout).toContain('Follower tag 「技术读着」 does not exist on account `main`')
    expect(r.stdout).toContain('publish/unknown-tag')
    expect(r.stdout).toContain('Did you mean 「技术读者」?')
    const cache = JSON.parse(
      readFileSync(path.join(root, '.wxpress', 'state', 'accounts', 'main.json'), 'utf8'),
    )
    expect(cache).toMatchObject({
      version: 1,
      account: 'main',
      tags: { fetchedAt: '2027-04-14T02:00:00.000Z' },
    })
    expect(cache.tags.list.map((t: { name: string }) => t.name)).toEqual(['星标组', '技术读者', '产品经理'])
    // a missing name is asked again (it may have been created since); a known one comes from the cache
    await runCli(['publish', '--preflight', `--now=${NOW}`], root, env(emu))
    expect(calls(emu, '/cgi-bin/tags/get')).toBe(2)
    const good = makeSite([{ slug: 'one', slot: SLOT, audience: '产品经理' }])
    await runCli(['publish', '--preflight', `--now=${NOW}`], good, env(emu))
    await runCli(['publish', '--preflight', '--now=2027-04-14T10:30:00+08:00'], good, env(emu))
    expect(calls(emu, '/cgi-bin/tags/get')).toBe(3)
  })

  it('an unverified subscription account may not freepublish: 48001 → publish/mode-not-allowed', async () => {
    emu = await createEmulator({ clock: NOW, kind: 'subscription', verified: false })
    const root = makeSite([{ slug: 'one', slot: SLOT }], {
      accounts: { main: { kind: 'subscription', mode: 'publish' } },
    })
    const r = await runCli(['publish', '--preflight', `--now=${NOW}`], root, env(emu))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      'Account `main` may not publish (freepublish): freepublish/batchget answered errcode 48001',
    )
    expect(r.stdout).toContain('publish/mode-not-allowed')
    expect(r.stdout).toContain('verified (认证)')
    // and WeChat itself refuses the real call
    const t = await token(emu)
    expect(
      (await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id: 'x' } })).errcode,
    ).toBe(48001)
    const draftOnly = makeSite([{ slug: 'one', slot: SLOT }], {
      accounts: { main: { kind: 'subscription', mode: 'draft' } },
    })
    expect((await runCli(['publish', '--preflight', `--now=${NOW}`], draftOnly, env(emu))).code).toBe(0)
  })

  it('credentials that do not work are one error per article, the secret never shown', async () => {
    emu = await createEmulator({ clock: NOW })
    const root = makeSite([
      { slug: 'one', slot: SLOT },
      { slug: 'two', slot: '2027-04-16T20:00:00+08:00' },
    ])
    const r = await runCli(['publish', '--preflight', `--now=${NOW}`], root, env(emu, 'wrong-secret-123'))
    expect(r.code).toBe(1)
    expect(r.stdout.match(/publish\/credentials/g)).toHaveLength(2)
    expect(r.stdout).toContain('errcode 40125')
    expect(r.stdout + r.stderr).not.toContain('wrong-secret-123')
  })
})
