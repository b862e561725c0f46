import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../src/emulator/create-emulator.js'
import { APP_ID, SECRET, call, token } from '../helpers/emulator-http.js'
import { startEmulator } from './endpoint-emulator.js'

let emu: Emulator
beforeEach(async () => {
  emu = await startEmulator()
})
afterEach(async () => emu.close())

describe('tokens', () => {
  it('answers the classic and the stable token without errcode', async () => {
    const classic = await call(
      emu,
      `/cgi-bin/token?grant_type=client_credential&appid=${APP_ID}&secret=${SECRET}`,
    )
    expect(Object.keys(classic).sort()).toEqual(['access_token', 'expires_in'])
    const a = await call(emu, '/cgi-bin/stable_token', {
      json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET },
    })
    const b = await call(emu, '/cgi-bin/stable_token', {
      json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET },
    })
    expect(a.access_token).toBe(b.access_token)
    expect(a.expires_in).toBe(7200)
  })

  it('rejects a wrong secret (40125), an unknown appid (40013), a bad (40001) or missing (41001) token', async () => {
    expect(
      (await call(emu, `/cgi-bin/token?grant_type=client_credential&appid=${APP_ID}&secret=nope`)).errcode,
    ).toBe(40125)
    expect(
      (await call(emu, `/cgi-bin/token?grant_type=client_credential&appid=wxnope&secret=x`)).errcode,
    ).toBe(40013)
    expect((await call(emu, '/cgi-bin/tags/get?access_token=bad')).errcode).toBe(40001)
    expect((await call(emu, '/cgi-bin/tags/get')).errcode).toBe(41001)
  })

  it('expires tokens by the emulator clock (42001)', async () => {
    const t = await token(emu)
    await call(emu, '/__emulator/clock', { json: { now: '2027-03-03T14:00:01Z' } })
    expect((await call(emu, `/cgi-bin/tags/get?access_token=${t}`)).errcode).toBe(42001)
  })

  it('simulates the IP whitelist (40164 naming the address)', async () => {
    await call(emu, '/__emulator/config', { json: { whitelist: ['10.9.8.7'] } })
    const r = await call(emu, '/cgi-bin/stable_token', {
      json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET },
    })
    expect(r.errcode).toBe(40164)
    expect(r.errmsg).toMatch(/invalid ip 127\.0\.0\.1 .*not in whitelist/)
  })
})
