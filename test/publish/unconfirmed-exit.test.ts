/**
 * A send whose answer was lost (WeChat did it, we never heard): the run says `1 unconfirmed` and exits
 * 1 so CI goes red while the push is in limbo; the next run reconciles it without sending twice.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

let emu: Emulator
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const LATER = '2027-04-15T20:35:00+08:00'
const ENV = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
const ledger = (root: string) =>
  JSON.parse(readFileSync(path.join(root, '.wxpress', 'state', 'one.json'), 'utf8'))
type Dump = { accounts: Record<string, { published: unknown[]; massSends: unknown[] }> }
const sends = () => {
  const a = (emu.state() as Dump).accounts.wx0000000000emulator!
  return a.published.length + a.massSends.length
}

describe('an unanswered send fails the run', () => {
  // sendall is retried with its clientmsgid (45065 confirms a lost answer in the same run): it stays
  // open only when no attempt is answered at all
  for (const [mode, send, fault] of [
    ['publish', '/cgi-bin/freepublish/submit', 'answerLost'],
    ['broadcast', '/cgi-bin/message/mass/sendall', 'dropNext'],
  ] as const) {
    it(`${mode}: ${fault} on ${send} → unconfirmed, exit 1; the rerun reconciles, exit 0`, async () => {
      const times = fault === 'answerLost' ? 1 : 5
      emu = await createEmulator({ clock: AT_SLOT, settings: { publishDelayMs: 0 } })
      await fetch(`${emu.url}/__emulator/faults`, {
        method: 'POST',
        body: JSON.stringify({ [fault]: [{ path: send, times }] }),
      })
      const root = makeSite([{ slug: 'one', slot: SLOT, extra: `mode: ${mode}` }])
      const first = await runCli(['publish', `--now=${AT_SLOT}`, '--poll=0'], root, ENV())
      expect(first.code, first.stdout).toBe(1)
      expect(first.stdout).toContain('no answer from WeChat')
      expect(first.stdout).toMatch(/error\s+.*publish\/unreachable/)
      expect(first.stdout).toMatch(/^0 sent, 0 drafted, 0 failed, 1 unconfirmed, 0 missed, 0 blocked$/m)
      expect(ledger(root).state).toBe('sending')
      expect(sends()).toBe(fault === 'answerLost' ? 1 : 0)

      emu.setClock(Date.parse(LATER))
      const again = await runCli(['publish', `--now=${LATER}`, '--poll=0'], root, ENV())
      expect(again.code, again.stdout).toBe(0)
      expect(again.stdout).not.toContain('unconfirmed')
      expect(ledger(root).state).toBe('sent')
      expect(sends()).toBe(1)
    })
  }

  it('broadcast: an answer lost once is confirmed by the retry (45065) in the same run, exit 0', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ answerLost: [{ path: '/cgi-bin/message/mass/sendall', times: 1 }] }),
    })
    const root = makeSite([{ slug: 'one', slot: SLOT, extra: 'mode: broadcast' }])
    const r = await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())
    expect(r.code, r.stdout).toBe(0)
    expect(r.stdout).toMatch(/^0 sent, 1 confirmed sent earlier, 0 drafted, 0 failed, 0 missed, 0 blocked$/m)
    expect(ledger(root).state).toBe('sent')
    expect(sends()).toBe(1)
  })

  it('zh-CN names it 待对账', async () => {
    emu = await createEmulator({ clock: AT_SLOT, settings: { publishDelayMs: 0 } })
    await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ answerLost: [{ path: '/cgi-bin/freepublish/submit', times: 1 }] }),
    })
    const root = makeSite([{ slug: 'one', slot: SLOT, extra: 'mode: publish' }], { locale: 'zh-CN' })
    const r = await runCli(['publish', `--now=${AT_SLOT}`, '--poll=0'], root, ENV())
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^已发送 0 次，存草稿 0 次，失败 0 次，待对账 1 次，错过 0 次，被阻止 0 次$/m)
  })
})
