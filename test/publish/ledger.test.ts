import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { parseLedger } from '../../src/publish/ledger-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { clientFor, makeSite, runPublish } from './publish-site.js'

let emu: Emulator
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const ENV = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
type Account = { drafts: unknown[]; published: unknown[]; massSends: unknown[] }
const account = () => (emu.state() as { accounts: Record<string, Account> }).accounts.wx0000000000emulator!
const calls = (p: string) =>
  (emu.state() as { calls: { path: string }[] }).calls.filter((c) => c.path === p).length
const file = (root: string, slug: string) => path.join(root, '.wxpress', 'state', `${slug}.json`)
const ledger = (root: string, slug: string) => JSON.parse(readFileSync(file(root, slug), 'utf8'))

async function start(clock = AT_SLOT) {
  emu = await createEmulator({ clock, settings: { publishDelayMs: 0 } })
}

describe('parseLedger: only a well-formed version-1 entry is trusted', () => {
  const good = { version: 1, slug: 'one', state: 'sent', uploads: {}, timestamps: {} }
  it.each([
    [
      'conflict markers',
      `<<<<<<< HEAD\n${JSON.stringify(good)}\n=======\n{}\n>>>>>>> main\n`,
      /git conflict markers \(line 1/,
    ],
    ['broken JSON', '{"version": 1, "slug": "one",', /not valid JSON/],
    ['no version', JSON.stringify({ ...good, version: undefined }), /has no `version`/],
    ['another version', JSON.stringify({ ...good, version: 2 }), /`version` is 2/],
    ['a wrong field', JSON.stringify({ ...good, state: 'posted' }), /`state`/],
    ['a wrong type', JSON.stringify({ ...good, msgId: 'x' }), /`msgId`/],
    ['another article', JSON.stringify({ ...good, slug: 'two' }), /ledger of `two`/],
  ])('%s → unreadable', (_name, text, problem) => {
    const parsed = parseLedger(text, 'one')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problem).toMatch(problem)
  })
  it('keeps fields it does not know', () => {
    const parsed = parseLedger(JSON.stringify({ ...good, stats: { read: 1 }, extra: true }), 'one')
    expect(parsed.ok && parsed.entry.extra).toBe(true)
  })
})

describe('a corrupt ledger blocks its push, never resends it', () => {
  it.each(['conflict', 'truncated', 'version', 'directory'])(
    '%s: exit 1, error naming the file, nothing sent again',
    async (kind) => {
      await start()
      const root = makeSite([{ slug: 'one', slot: SLOT }])
      expect((await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())).code).toBe(0)
      const text = readFileSync(file(root, 'one'), 'utf8')
      if (kind === 'conflict')
        writeFileSync(file(root, 'one'), `<<<<<<< HEAD\n${text}=======\n{}\n>>>>>>> origin/main\n`)
      if (kind === 'truncated') writeFileSync(file(root, 'one'), text.slice(0, 40))
      if (kind === 'version') writeFileSync(file(root, 'one'), text.replace('"version": 1', '"version": 7'))
      if (kind === 'directory') {
        rmSync(file(root, 'one'))
        const { mkdirSync } = await import('node:fs')
        mkdirSync(file(root, 'one'))
      }
      const again = await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())
      expect(again.code).toBe(1)
      expect(again.stdout).toContain('publish/ledger-unreadable')
      expect(again.stdout).toContain('.wxpress/state/one.json')
      expect(again.stdout).toMatch(/wxpress-state branch history/)
      expect(again.stdout).toMatch(/0 sent, 0 drafted, 0 failed, 0 missed, 1 blocked/)
      expect(calls('/cgi-bin/draft/add')).toBe(1)
      expect(account().massSends).toHaveLength(1)
      const check = await runCli(['check', `--now=${AT_SLOT}`, '--format=json'], root)
      expect(check.code).toBe(1)
      expect(JSON.parse(check.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain(
        'publish/ledger-unreadable',
      )
      const plan = JSON.parse((await runCli(['plan', `--now=${AT_SLOT}`, '--format=json'], root)).stdout)
      expect(plan.pushes[0].blocked).toBe(true)
      expect(plan.pushes[0].blockedBy).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ file: 'content/one/index.md', ruleId: 'publish/ledger-unreadable' }),
        ]),
      )
      const pretty = (await runCli(['plan', `--now=${AT_SLOT}`], root)).stdout
      expect(pretty).toMatch(/BLOCKED[\s\S]*blocked by content\/one\/index\.md: The publish ledger/)
    },
  )
})

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
    emu = await createEmulator({ clock: AT_SLOT, settings: { publishDelayMs: 0, publishStatus: 3 } })
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
