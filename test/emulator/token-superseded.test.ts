import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { APP_ID, SECRET, call } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T01:00:00Z' })
})
afterEach(async () => emu.close())

const classic = async () =>
  (await call(emu, `/cgi-bin/token?grant_type=client_credential&appid=${APP_ID}&secret=${SECRET}`))
    .access_token as string
const tags = (t: string) => call(emu, `/cgi-bin/tags/get?access_token=${t}`)
const later = (ms: number) => emu.setClock(emu.now() + ms)

/** WeChat's rid: three groups of 8 hex digits, e.g. `654df33c-64386a2f-29857782`. */
const RID = / rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/
const NOT_LATEST =
  /^invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https:\/\/mmbizurl\.cn\/s\/JtxxFh33r rid: /

describe('a superseded classic token (research wechat-api.md §1.3)', () => {
  it('works 5 more minutes, then answers 40001 "not latest", not 42001', async () => {
    const old = await classic()
    later(60_000)
    await classic()
    later(4 * 60_000)
    expect((await tags(old)).errcode).toBeUndefined()
    later(2 * 60_000)
    const answer = await tags(old)
    expect(answer.errcode).toBe(40001)
    expect(answer.errmsg).toMatch(NOT_LATEST)
    expect(answer.errmsg).toMatch(RID)
  })

  it('answers 42001 only for a token past its expires_in', async () => {
    const t = await classic()
    later(7200_000 + 1000)
    const answer = await tags(t)
    expect(answer.errcode).toBe(42001)
    expect(answer.errmsg).toMatch(/^access_token expired rid: /)
  })

  it('answers an unknown token with the same 40001 text', async () => {
    const answer = await tags('no-such-token')
    expect(answer.errcode).toBe(40001)
    expect(answer.errmsg).toMatch(NOT_LATEST)
    expect(answer.errmsg).toMatch(RID)
  })
})

describe('the rid suffix', () => {
  it('is three groups of 8 hex digits, the first the time in seconds', async () => {
    const before = Math.floor(Date.now() / 1000)
    const answers = await Promise.all(Array.from({ length: 20 }, () => tags('x')))
    for (const a of answers) {
      const m = String(a.errmsg).match(RID)
      expect(m, String(a.errmsg)).not.toBeNull()
      const seconds = Number.parseInt(String(a.errmsg).split(' rid: ')[1]!.slice(0, 8), 16)
      expect(seconds).toBeGreaterThanOrEqual(before)
      expect(seconds).toBeLessThanOrEqual(before + 60)
    }
  })
})
