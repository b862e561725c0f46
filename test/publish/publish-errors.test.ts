import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { clientFor, makeSite, runPublish } from './publish-site.js'
import { account, AT_SLOT, count, emu, ledger, SLOT, start } from './publish-emulator.js'

afterEach(async () => emu?.close())

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
