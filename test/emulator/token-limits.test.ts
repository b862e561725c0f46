import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { APP_ID, SECRET, call } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T01:00:00Z' })
})
afterEach(async () => emu.close())

const stable = (force_refresh?: boolean) =>
  call<{ access_token: string; expires_in: number }>(emu, '/cgi-bin/stable_token', {
    json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET, force_refresh },
  })
const tags = (t: string) => call(emu, `/cgi-bin/tags/get?access_token=${t}`)
const later = (ms: number) => emu.setClock(emu.now() + ms)

describe('stable_token force_refresh (F2)', () => {
  it('invalidates the previous token at once; a second force within 30 s returns the current token', async () => {
    const first = await stable()
    const forced = await stable(true)
    expect(forced.access_token).not.toBe(first.access_token)
    expect(forced.expires_in).toBe(7200)
    const old = await tags(first.access_token)
    expect(old.errcode).toBe(40001)
    expect((await tags(forced.access_token)).errcode).toBeUndefined()
    later(10_000)
    const again = await stable(true)
    expect(again.access_token).toBe(forced.access_token)
    expect(again.expires_in).toBeLessThan(7200)
    later(21_000)
    expect((await stable(true)).access_token).not.toBe(forced.access_token)
  })

  it('allows 20 effective force refreshes a local day, then 45009; the next day again', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await stable(true)).access_token).toBeTruthy()
      later(31_000)
    }
    const over = await stable(true)
    expect(over.errcode).toBe(45009)
    expect(over.errmsg).toMatch(/^reach max api daily quota limit rid: /)
    // normal mode still works
    expect((await stable()).access_token).toBeTruthy()
    await call(emu, '/__emulator/clock', { json: { now: '2027-03-04T01:00:00Z' } })
    expect((await stable(true)).access_token).toBeTruthy()
  })

  it('keeps the old token valid through a normal renewal in its last 5 minutes', async () => {
    const first = await stable()
    later(7200_000 - 200_000)
    const renewed = await stable()
    expect(renewed.access_token).not.toBe(first.access_token)
    expect((await tags(first.access_token)).errcode).toBeUndefined()
  })
})

describe('classic token daily quota (F3)', () => {
  it('answers 45009 with WeChat’s hint after the configured number of calls', async () => {
    await call(emu, '/__emulator/config', { json: { quotas: { '/cgi-bin/token': 2 } } })
    const get = () =>
      call(emu, `/cgi-bin/token?grant_type=client_credential&appid=${APP_ID}&secret=${SECRET}`)
    expect((await get()).access_token).toBeTruthy()
    expect((await get()).access_token).toBeTruthy()
    const third = await get()
    expect(third.errcode).toBe(45009)
    expect(third.errmsg).toMatch(
      /^reach max api daily quota limit, could get access_token by getStableAccessToken, more details at https:\/\/mmbizurl\.cn\/s\/JtxxFh33r rid: /,
    )
    // the stable token is counted apart
    expect((await stable()).access_token).toBeTruthy()
  })

  it('defaults to 2000 a day', async () => {
    const settings = await call<{ settings: { quotas: Record<string, number> } }>(emu, '/__emulator/config', {
      json: {},
    })
    expect(settings.settings.quotas['/cgi-bin/token']).toBe(2000)
  })
})
