import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { clientFor, makeSite, runPublish } from './publish-site.js'
import { runCli } from '../helpers/run-cli.js'

type State = {
  accounts: Record<
    string,
    {
      drafts: unknown[]
      massSends: { clientmsgid: string | null; tag_id: number | null }[]
      images: unknown[]
      materials: unknown[]
      published: unknown[]
    }
  >
  calls: { path: string; errcode: number }[]
}

let emu: Emulator
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'

async function start(clock = AT_SLOT, settings = {}) {
  emu = await createEmulator({ clock, tags: ['技术读者'], settings: { publishDelayMs: 0, ...settings } })
  return emu
}
const state = () => emu.state() as State
const account = () => state().accounts.wx0000000000emulator!
const count = (p: string, code = 0) => state().calls.filter((c) => c.path === p && c.errcode === code).length
const ledger = (root: string, slug: string) =>
  JSON.parse(readFileSync(path.join(root, '.wxpress', 'state', `${slug}.json`), 'utf8'))

const twoInOnePush = () =>
  makeSite([
    { slug: 'head', slot: SLOT, order: 1 },
    { slug: 'second', slot: SLOT, order: 2 },
  ])

describe('publish at the slot', () => {
  it('broadcast: a two-article push is one draft and one sendall to all', async () => {
    await start()
    const root = twoInOnePush()
    const { summary, log } = await runPublish({ root, emu, now: AT_SLOT })
    expect(summary).toMatchObject({ sent: 1, failed: 0 })
    expect(count('/cgi-bin/draft/add')).toBe(1)
    expect(account().massSends).toHaveLength(1)
    expect(account().massSends[0]?.tag_id).toBeNull()
    expect(ledger(root, 'head')).toMatchObject({ state: 'sent', draftIndex: 0, mode: 'broadcast' })
    expect(ledger(root, 'second')).toMatchObject({ state: 'sent', draftIndex: 1 })
    expect(log.join('\n')).toMatch(/sent \(msg_id \d+\)/)
  })

  it('broadcast to a follower tag resolves its id through tags/get', async () => {
    await start()
    const root = makeSite([{ slug: 'tech', slot: SLOT, audience: '技术读者' }])
    await runPublish({ root, emu, now: AT_SLOT })
    expect(account().massSends[0]?.tag_id).toBe(100)
  })

  it('publish mode: freepublish/submit, poll, article URL in the ledger', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const { summary } = await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
    expect(summary.sent).toBe(1)
    expect(ledger(root, 'one').articleUrl).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/s[/?]/)
    expect(account().massSends).toHaveLength(0)
  })

  it('publish mode reports a failed publish status as an error', async () => {
    await start(AT_SLOT, { publishStatus: 3 })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const { summary, site } = await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
    expect(summary.failed).toBe(1)
    expect(site.articles[0]?.file.messages.map((m) => m.ruleId)).toContain('publish/wechat-53503')
  })

  it('draft mode stops after the draft', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const { summary } = await runPublish({ root, emu, now: AT_SLOT, mode: 'draft' })
    expect(summary.drafted).toBe(1)
    expect(account().drafts).toHaveLength(1)
    expect(account().massSends).toHaveLength(0)
  })

  it('prepares future pushes (uploads + draft) and uploads nothing twice on rerun', async () => {
    await start('2027-04-14T10:00:00+08:00')
    const root = twoInOnePush()
    await runPublish({ root, emu, now: '2027-04-14T10:00:00+08:00' })
    expect(ledger(root, 'head').state).toBe('drafted')
    const uploads = count('/cgi-bin/media/uploadimg') + count('/cgi-bin/material/add_material')
    expect(uploads).toBe(2) // both articles use the same image and cover bytes: one upload each
    emu.setClock(Date.parse(AT_SLOT))
    const { summary } = await runPublish({ root, emu, now: AT_SLOT })
    expect(summary.sent).toBe(1)
    expect(count('/cgi-bin/media/uploadimg') + count('/cgi-bin/material/add_material')).toBe(uploads)
    expect(count('/cgi-bin/draft/add')).toBe(1)
  })

  it('updates the draft instead of creating another when the source changed before the slot', async () => {
    await start('2027-04-14T10:00:00+08:00')
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    await runPublish({ root, emu, now: '2027-04-14T10:00:00+08:00' })
    const file = path.join(root, 'content', 'one', 'index.md')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(file, readFileSync(file, 'utf8').replace('正文第一段。', '正文第一段，改过了。'))
    await runPublish({ root, emu, now: '2027-04-14T11:00:00+08:00' })
    expect(count('/cgi-bin/draft/add')).toBe(1)
    expect(count('/cgi-bin/draft/update')).toBe(1)
  })
})

describe('after sending', () => {
  it('warns when a sent article is edited and never sends it again', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    await runPublish({ root, emu, now: AT_SLOT })
    const file = path.join(root, 'content', 'one', 'index.md')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(file, readFileSync(file, 'utf8').replace('正文第一段。', '正文第一段，发出后又改了。'))
    const again = await runPublish({ root, emu, now: '2027-04-15T20:30:00+08:00' })
    expect(again.site.articles[0]!.file.messages.map((m) => m.ruleId)).toContain('publish/immutable')
    expect(account().massSends).toHaveLength(1)
    expect(count('/cgi-bin/draft/add')).toBe(1)
  })
})

describe('errors and retries', () => {
  it('retries -1 and 45011 without creating a second draft', async () => {
    await start()
    await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({
        failNext: [
          { path: '/cgi-bin/draft/add', errcode: -1, times: 1 },
          { path: '/cgi-bin/media/uploadimg', errcode: 45011, times: 2 },
        ],
      }),
    })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const { summary } = await runPublish({ root, emu, now: AT_SLOT })
    expect(summary.sent).toBe(1)
    expect(count('/cgi-bin/draft/add', -1)).toBe(1)
    expect(count('/cgi-bin/draft/add')).toBe(1)
    expect(account().massSends).toHaveLength(1)
  })

  it('a failure is recorded in the ledger until a rerun gets past it, which clears it', async () => {
    await start()
    await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ failNext: [{ path: '/cgi-bin/media/uploadimg', errcode: 40009, times: 1 }] }),
    })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const first = await runPublish({ root, emu, now: AT_SLOT })
    expect(first.summary.sent).toBe(0)
    expect(ledger(root, 'one')).toMatchObject({ state: 'drafting', error: { errcode: 40009 } })
    // the finding names the image and points at it
    const failed = first.site.articles[0]!.file.messages.find((m) => m.ruleId === 'publish/wechat-40009')
    expect(failed?.reason).toContain('`content/one/images/figure.png`')
    expect([failed?.line, failed?.column]).toEqual([13, 8])
    const again = await runPublish({ root, emu, now: AT_SLOT })
    expect(again.summary.sent).toBe(1)
    const entry = ledger(root, 'one')
    expect(entry.state).toBe('sent')
    expect(entry.error).toBeUndefined()
  })

  it('refreshes an expired token once and goes on', async () => {
    await start('2027-04-14T10:00:00+08:00')
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const client = clientFor(emu, undefined, true)
    await runPublish({ root, emu, now: '2027-04-14T10:00:00+08:00', client })
    emu.setClock(Date.parse(AT_SLOT)) // the cached token expired meanwhile
    const { summary } = await runPublish({ root, emu, now: AT_SLOT, client })
    expect(summary.sent).toBe(1)
    expect(
      count('/cgi-bin/tags/get', 42001) +
        count('/cgi-bin/draft/update', 42001) +
        count('/cgi-bin/message/mass/sendall', 42001) +
        count('/cgi-bin/media/uploadimg', 42001),
    ).toBeGreaterThan(0)
    expect(count('/cgi-bin/stable_token')).toBe(2)
  })

  it('reports 40164 with the whitelist hint and sends nothing', async () => {
    await start()
    await fetch(`${emu.url}/__emulator/config`, {
      method: 'POST',
      body: JSON.stringify({ whitelist: ['10.0.0.1'] }),
    })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const { summary, site } = await runPublish({ root, emu, now: AT_SLOT })
    expect(summary.failed).toBe(1)
    const message = site.articles[0]!.file.messages.find((m) => m.ruleId === 'publish/wechat-40164')
    expect(message?.note).toMatch(/IP 白名单/)
    expect(account().massSends).toHaveLength(0)
  })

  it('fails with 45028 when the day’s mass send was already used', async () => {
    await start()
    const client = clientFor(emu)
    // another tool sent today
    const { createWechatClient } = await import('../../src/publish/wechat-client.js')
    void createWechatClient
    const thumb = await client.addMaterial(
      'image',
      readFileSync(path.join(import.meta.dirname, '..', 'content', 'fixtures', 'valid', 'cover.png')),
      'image/png',
      'c.png',
    )
    const d = await client.draftAdd([
      { title: '别的推送', content: '<p>x</p>', thumb_media_id: thumb.media_id },
    ])
    await client.sendAll(d.media_id, 'all', 'other-tool')
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const { summary, site } = await runPublish({ root, emu, now: AT_SLOT })
    expect(summary.failed).toBe(1)
    expect(site.articles[0]!.file.messages.find((m) => m.ruleId === 'publish/wechat-45028')?.note).toMatch(
      /quota/,
    )
  })

  it('never sends an article with errors while the rest of the plan goes on', async () => {
    await start()
    const root = makeSite(
      [
        { slug: 'bad', slot: '2027-04-14T20:00:00+08:00', extra: 'mode: nonsense' },
        { slug: 'good', slot: SLOT },
      ],
      { schedule: { windows: [{ start: '00:00', end: '23:59' }], maxLatenessMinutes: 2000 } },
    )
    const { summary, log } = await runPublish({ root, emu, now: AT_SLOT })
    expect(log.join('\n')).toMatch(/bad: BLOCKED by 1 error\(s\), not sent/)
    expect(summary.sent).toBe(1)
    expect(account().massSends).toHaveLength(1)
  })

  it('reports a missed push once and never sends it late', async () => {
    await start('2027-04-16T09:00:00+08:00')
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const { summary, site } = await runPublish({ root, emu, now: '2027-04-16T09:00:00+08:00' })
    expect(summary.sent).toBe(0)
    expect(site.articles[0]!.file.messages.filter((m) => m.ruleId === 'publish/missed')).toHaveLength(1)
    expect(account().massSends).toHaveLength(0)
  })
})

describe('crash safety', () => {
  it('after a crash following any remote call, reruns make exactly one draft and at most one send', async () => {
    await start()
    const total = (await runPublish({ root: twoInOnePush(), emu, now: AT_SLOT })).calls()
    await emu.close()
    expect(total).toBe(6) // token, uploadimg, add_material, draft/add, draft/get (read-back), sendall
    for (let n = 1; n <= total; n++) {
      await start()
      const root = twoInOnePush()
      const crashed = await runPublish({ root, emu, now: AT_SLOT, crashAfter: n })
      expect(crashed.summary.results[0]).toMatchObject({
        status: 'failed',
        message: { id: 'publish.internal', params: { message: expect.stringMatching(/simulated crash/) } },
      })
      const again = await runPublish({ root, emu, now: AT_SLOT })
      await runPublish({ root, emu, now: AT_SLOT })
      expect(count('/cgi-bin/draft/add'), `crash after call ${n}`).toBe(1)
      expect(account().massSends, `crash after call ${n}`).toHaveLength(1)
      expect(ledger(root, 'head').state, `crash after call ${n}`).toBe('sent')
      expect(again.summary.failed).toBe(0)
      await emu.close()
    }
  })
})

describe('crash safety in publish mode', () => {
  it('never submits a push twice and ends published', async () => {
    await start()
    const total = (await runPublish({ root: twoInOnePush(), emu, now: AT_SLOT, mode: 'publish' })).calls()
    await emu.close()
    for (let n = 1; n <= total; n++) {
      await start()
      const root = twoInOnePush()
      const crashed = await runPublish({ root, emu, now: AT_SLOT, mode: 'publish', crashAfter: n })
      expect(crashed.summary.results[0]?.status).toBe('failed')
      await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
      await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
      expect(count('/cgi-bin/draft/add'), `crash after call ${n}`).toBe(1)
      expect(count('/cgi-bin/freepublish/submit'), `crash after call ${n}`).toBe(1)
      expect(ledger(root, 'second').state, `crash after call ${n}`).toBe('sent')
      await emu.close()
    }
  })
})

describe('wxpress publish (CLI)', () => {
  it('--dry-run prints the calls and makes none', async () => {
    await start()
    const root = twoInOnePush()
    const r = await runCli(['publish', '--dry-run', `--now=${AT_SLOT}`], root, { WECHAT_API_BASE: emu.url })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('would call POST /cgi-bin/draft/add  articles=2 ')
    expect(r.stdout).toContain('would call POST /cgi-bin/message/mass/sendall')
    expect(state().calls).toEqual([])
  })

  it('refuses to run without credentials (exit 2) and publishes with them', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const none = await runCli(['publish', `--now=${AT_SLOT}`], root, { WECHAT_API_BASE: emu.url })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/missing credentials/)
    const ok = await runCli(['publish', `--now=${AT_SLOT}`], root, {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    })
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/1 sent, 0 drafted, 0 failed/)
    expect(ok.stdout + ok.stderr).not.toContain('emulator-secret')
  })
})
