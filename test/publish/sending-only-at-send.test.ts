import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, runPublish } from './publish-site.js'
import { account, AT_SLOT, count, emu, ledger, SLOT, start } from './publish-emulator.js'

afterEach(async () => emu?.close())

describe('a push becomes `sending` only right before the send call', () => {
  it('a token request that fails at the slot (40125) leaves the prepared push `drafted`', async () => {
    await start('2027-04-15T10:00:00+08:00')
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    // the draft is prepared hours before the slot (the usual case: at the slot only the send is left)
    await runPublish({ root, emu, now: '2027-04-15T10:00:00+08:00' })
    expect(ledger(root, 'one').state).toBe('drafted')
    emu.setClock(Date.parse(AT_SLOT))
    await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ failNext: [{ path: '/cgi-bin/stable_token', errcode: 40125, times: 1 }] }),
    })
    const { summary } = await runPublish({ root, emu, now: AT_SLOT })
    expect(summary.failed).toBe(1)
    expect(count('/cgi-bin/stable_token', 40125)).toBe(1)
    expect(count('/cgi-bin/message/mass/sendall')).toBe(0)
    const entry = ledger(root, 'one')
    expect(entry).toMatchObject({ state: 'drafted', error: { errcode: 40125 } })
    expect(entry.timestamps.sending).toBeUndefined()
    expect(entry.clientmsgid).toBeUndefined()
    // the next run inside the window sends it, once
    const again = await runPublish({ root, emu, now: AT_SLOT })
    expect(again.summary.sent).toBe(1)
    expect(account().massSends).toHaveLength(1)
  })

  it('the same for a freepublish submit (mode publish)', async () => {
    await start('2027-04-15T10:00:00+08:00')
    const root = makeSite([{ slug: 'one', slot: SLOT }], {
      accounts: { main: { kind: 'service', mode: 'publish' } },
    })
    await runPublish({ root, emu, now: '2027-04-15T10:00:00+08:00' })
    emu.setClock(Date.parse(AT_SLOT))
    await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ failNext: [{ path: '/cgi-bin/stable_token', errcode: 40125, times: 1 }] }),
    })
    await runPublish({ root, emu, now: AT_SLOT })
    expect(count('/cgi-bin/freepublish/submit')).toBe(0)
    expect(ledger(root, 'one')).toMatchObject({ state: 'drafted', error: { errcode: 40125 } })
    expect(ledger(root, 'one').timestamps.sending).toBeUndefined()
  })
})
