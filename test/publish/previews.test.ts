import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { makeSite, runPublish } from './publish-site.js'

let emu: Emulator
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'

async function start(clock = AT_SLOT) {
  emu = await createEmulator({ clock, settings: { publishDelayMs: 0 } })
}
type State = {
  accounts: Record<string, { massSends: unknown[] }>
  calls: { path: string; errcode: number }[]
}
const state = () => emu.state() as State
const account = () => state().accounts.wx0000000000emulator!
const count = (p: string) => state().calls.filter((c) => c.path === p && c.errcode === 0).length
const ledger = (root: string, slug: string) =>
  JSON.parse(readFileSync(path.join(root, '.wxpress', 'state', `${slug}.json`), 'utf8'))

describe('previews to editors’ phones', () => {
  it('previews each draft version once, when the draft is prepared — never at send time or on later runs', async () => {
    await start('2027-04-14T10:00:00+08:00')
    const accounts = {
      main: { kind: 'subscription', mode: 'broadcast', previewTo: ['reviewer-wx', 'editor-wx'] },
    }
    const root = makeSite([{ slug: 'one', slot: SLOT }], { accounts })
    await runPublish({ root, emu, now: '2027-04-14T10:00:00+08:00' })
    expect(count('/cgi-bin/message/mass/preview')).toBe(2)
    await runPublish({ root, emu, now: '2027-04-14T11:00:00+08:00' }) // later cron run, same version
    expect(count('/cgi-bin/message/mass/preview')).toBe(2)
    const file = path.join(root, 'content', 'one', 'index.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('正文第一段。', '正文第一段，改过了。'))
    await runPublish({ root, emu, now: '2027-04-14T12:00:00+08:00' }) // a new version: previewed again
    expect(count('/cgi-bin/message/mass/preview')).toBe(4)
    expect(Object.keys(ledger(root, 'one').previews)).toEqual(['reviewer-wx', 'editor-wx'])
    emu.setClock(Date.parse(AT_SLOT))
    const { summary } = await runPublish({ root, emu, now: AT_SLOT })
    expect(summary.sent).toBe(1)
    expect(count('/cgi-bin/message/mass/preview')).toBe(4) // nothing at send time
  })

  it('sends no preview at the slot when the draft was never prepared before it', async () => {
    await start()
    const accounts = { main: { kind: 'subscription', mode: 'broadcast', previewTo: ['reviewer-wx'] } }
    const root = makeSite([{ slug: 'one', slot: SLOT }], { accounts })
    await runPublish({ root, emu, now: AT_SLOT })
    expect(count('/cgi-bin/message/mass/preview')).toBe(0)
    expect(account().massSends).toHaveLength(1)
  })
})
