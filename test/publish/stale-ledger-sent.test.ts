import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, runPublish } from './publish-site.js'
import { account, AT_SLOT, count, emu, ledger, SLOT, start } from './publish-emulator.js'

afterEach(async () => emu?.close())

describe('a stale or edited ledger for a push that was mass-sent', () => {
  it('sendall’s 40007 for the draft an earlier run prepared says it may be sent, not "check the cover"', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    expect((await runPublish({ root, emu, now: AT_SLOT })).summary.sent).toBe(1)
    // hand-edited back to `drafted`, the send's facts removed
    const { msgId, msgDataId, sentAt, clientmsgid, confirmedBy, ...rest } = ledger(root, 'one')
    const { sending, sent, ...stamps } = rest.timestamps
    const edited = { ...rest, state: 'drafted', timestamps: stamps }
    writeFileSync(path.join(root, '.wxpress', 'state', 'one.json'), JSON.stringify(edited, null, 2))
    // WeChat's clientmsgid dedup (45065) lasts 24 h and knows only sends made with that id (not one
    // made by hand in the 后台): here its clock is past it, so only the used-up draft can stop a resend
    emu.setClock(Date.parse(AT_SLOT) + 25 * 3_600_000)
    const { summary, site } = await runPublish({ root, emu, now: '2027-04-15T20:30:00+08:00' })
    expect(summary.sent).toBe(0)
    expect(summary.failed).toBe(1)
    expect(count('/cgi-bin/message/mass/sendall', 40007)).toBe(1)
    expect(account().massSends).toHaveLength(1)
    const found = site.articles[0]!.file.messages.find((m) => m.ruleId === 'publish/wechat-40007')
    expect(found?.note).toContain('群发记录')
    expect(found?.note).toContain(edited.draftMediaId)
    expect(found?.note).not.toContain('封面')
  })
})
