import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { clientFor, makeSite, runPublish } from './publish-site.js'
import { account, AT_SLOT, calls, emu, ENV, file, ledger, SLOT, start } from './ledger-emulator.js'

afterEach(async () => emu?.close())

describe('reconciliation restores what WeChat knows', () => {
  it('a lost ledger after a publish: no second publish; article id, URL and msg_data_id restored', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
    const first = ledger(root, 'one')
    rmSync(file(root, 'one'))
    const { summary } = await runPublish({ root, emu, now: '2027-04-15T20:30:00+08:00', mode: 'publish' })
    expect(calls('/cgi-bin/freepublish/submit')).toBe(1)
    expect(summary.results[0]).toMatchObject({ status: 'sent', reconciled: true })
    const restored = ledger(root, 'one')
    expect(restored).toMatchObject({
      state: 'sent',
      articleUrl: first.articleUrl,
      msgDataId: first.msgDataId,
      articleId: first.articleId,
    })
    expect(Date.parse(restored.sentAt)).toBeLessThan(Date.parse('2027-04-15T20:30:00+08:00'))
  })

  it('a stale ledger (an older commit restored) does not publish again', async () => {
    await start('2027-04-14T10:00:00+08:00')
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    await runPublish({ root, emu, now: '2027-04-14T10:00:00+08:00', mode: 'publish' })
    const drafted = readFileSync(file(root, 'one'), 'utf8')
    emu.setClock(Date.parse(AT_SLOT))
    await runPublish({ root, emu, now: AT_SLOT, mode: 'publish' })
    writeFileSync(file(root, 'one'), drafted)
    await runPublish({ root, emu, now: '2027-04-15T20:40:00+08:00', mode: 'publish' })
    expect(calls('/cgi-bin/freepublish/submit')).toBe(1)
    expect(ledger(root, 'one').state).toBe('sent')
  })

  it('killed right after freepublish/submit and rerun hours later: reconciled to sent, not missed', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const client = clientFor(emu, (p) => {
      if (p === '/cgi-bin/freepublish/submit') throw new Error('killed')
    })
    const crashed = await runPublish({ root, emu, now: AT_SLOT, mode: 'publish', client })
    expect(crashed.summary.results[0]?.status).toBe('failed')
    expect(ledger(root, 'one').state).toBe('sending')
    emu.setClock(Date.parse('2027-04-16T01:00:00+08:00'))
    const later = await runPublish({ root, emu, now: '2027-04-16T01:00:00+08:00', mode: 'publish' })
    expect(later.summary.results[0]).toMatchObject({ status: 'sent', reconciled: true })
    expect(later.site.articles[0]!.file.messages.map((m) => m.ruleId)).not.toContain('publish/missed')
    expect(ledger(root, 'one')).toMatchObject({ state: 'sent', msgDataId: expect.stringMatching(/^\d+$/) })
    expect(calls('/cgi-bin/freepublish/submit')).toBe(1)
  })

  it('a late lookup that finds the publish failed is a WeChat error on the push, not an internal one', async () => {
    await start(AT_SLOT, { publishStatus: 3 })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const client = clientFor(emu, (p) => {
      if (p === '/cgi-bin/freepublish/get') throw new Error('killed') // after publish_id was recorded
    })
    await runPublish({ root, emu, now: AT_SLOT, mode: 'publish', client })
    expect(ledger(root, 'one')).toMatchObject({ state: 'sending', publishId: expect.any(String) })
    const later = await runPublish({ root, emu, now: '2027-04-16T01:00:00+08:00', mode: 'publish' })
    expect(later.summary.results[0]).toMatchObject({ status: 'failed', errcode: 53503 })
    const rules = later.site.articles[0]!.file.messages.map((m) => m.ruleId)
    expect(rules).toContain('publish/wechat-53503')
    expect(rules).not.toContain('publish/internal')
  })

  it('a mass send killed before its answer: resumed in the window (45065), never resent late', async () => {
    for (const [now, late] of [
      ['2027-04-15T20:40:00+08:00', false],
      ['2027-04-16T01:00:00+08:00', true],
    ] as const) {
      await start()
      const root = makeSite([{ slug: 'one', slot: SLOT }])
      const client = clientFor(emu, (p) => {
        if (p === '/cgi-bin/message/mass/sendall') throw new Error('killed')
      })
      await runPublish({ root, emu, now: AT_SLOT, client })
      expect(ledger(root, 'one').state).toBe('sending')
      emu.setClock(Date.parse(now))
      const again = await runPublish({ root, emu, now })
      expect(account().massSends).toHaveLength(1)
      const rules = again.site.articles[0]!.file.messages.map((m) => m.ruleId)
      if (late) {
        expect(again.summary.results[0]).toMatchObject({ status: 'failed', due: true })
        expect(rules).toContain('publish/unconfirmed')
        expect(rules).not.toContain('publish/missed')
      } else {
        expect(again.summary.results[0]).toMatchObject({ status: 'sent', reconciled: true })
      }
      await emu.close()
    }
  })

  it('leaves no temp files behind', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    await runPublish({ root, emu, now: AT_SLOT })
    expect(readdirSync(path.join(root, '.wxpress', 'state'))).toEqual(['one.json'])
  })

  it('a sent entry without msg_data_id is a warning in publish and a problem in stats, not silence', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    await runPublish({ root, emu, now: AT_SLOT })
    const entry = ledger(root, 'one')
    delete entry.msgDataId
    writeFileSync(file(root, 'one'), JSON.stringify(entry))
    const again = await runCli(['publish', '--now=2027-04-15T20:30:00+08:00'], root, ENV())
    expect(again.stdout).toMatch(/warning .*has no msg_data_id.*publish\/ledger-incomplete/)
    const stats = await runCli(['stats', '--now=2027-04-17T10:00:00+08:00'], root, ENV())
    expect(stats.stdout).toMatch(/one: the ledger marks `one` sent but has no msg_data_id/)
  })
})
