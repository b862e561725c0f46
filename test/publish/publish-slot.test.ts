import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, runPublish } from './publish-site.js'
import { account, AT_SLOT, count, emu, ledger, SLOT, start, twoInOnePush } from './publish-emulator.js'

afterEach(async () => emu?.close())

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
