import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { call, token } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
})
afterEach(async () => emu.close())

async function post(body: unknown) {
  const res = await fetch(`${emu.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('POST /__emulator/faults refuses malformed bodies (F11)', () => {
  it.each([
    [{ failNext: 5 }, /^failNext must be an array of \{"path": string, "errcode": integer/],
    [{ failNext: [{ path: 'draft/add' }] }, /^failNext\[0\]\.errcode must be an integer/],
    [{ failNext: [{ errcode: 45009 }] }, /^failNext\[0\]\.path must be a non-empty string/],
    [{ dropNext: [{ path: 'draft/add', times: 'twice' }] }, /^dropNext\[0\]\.times must be an integer ≥ 1/],
    [{ answerLost: {} }, /^answerLost must be an array/],
    [{ delayMs: '100' }, /^delayMs must be a number ≥ 0/],
    [
      { failnext: [] },
      /^unknown field failnext; expected delayMs, failNext, dropNext, answerLost, publishDelayMs$/,
    ],
    [[1], /^the body must be a JSON object/],
  ])('%j → 400 naming the field', async (body, message) => {
    const answer = await post(body)
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatch(message)
  })

  it('changes nothing when one part is malformed', async () => {
    expect(
      (await post({ delayMs: 50, failNext: [{ path: 'tags/get', errcode: 45009 }], dropNext: 1 })).status,
    ).toBe(400)
    const now = await post({})
    expect(now.body).toMatchObject({ delayMs: 0, failNext: [], dropNext: [] })
  })

  it('drops spent rules from the echoed settings', async () => {
    const t = await token(emu)
    const set = await post({ failNext: [{ path: 'tags/get', errcode: 45009, times: 1 }] })
    expect(set.status).toBe(200)
    expect(set.body.failNext).toHaveLength(1)
    expect((await call(emu, `/cgi-bin/tags/get?access_token=${t}`)).errcode).toBe(45009)
    expect((await post({})).body.failNext).toEqual([])
  })
})

describe('POST /__emulator/config refuses values WeChat never gives', () => {
  const config = async (body: unknown) => {
    const res = await fetch(`${emu.url}/__emulator/config`, { method: 'POST', body: JSON.stringify(body) })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  it.each([
    [{ tokenTtlSeconds: -1 }, /^tokenTtlSeconds: /],
    [{ publishStatus: 9 }, /^publishStatus: must be 0, 2, 3, 4, 5 or 6$/],
    [{ publishDelayMs: 1.5 }, /^publishDelayMs: /],
    [{ quotas: { '/cgi-bin/draft/add': '10' } }, /^quotas\.\/cgi-bin\/draft\/add: /],
    [{ whitelist: '1.2.3.4' }, /^whitelist: /],
    [{ kind: 'enterprise' }, /^kind: /],
    [{ verified: 'no' }, /^verified: /],
    [{ verfied: false }, /^unknown field verfied; expected publishStatus, publishDelayMs, tokenTtlSeconds/],
    [[1], /^the body: /],
  ])('%j → 400 naming the field, nothing changed', async (body, message) => {
    const state = () => ({ ...(emu.state() as object), now: undefined })
    const before = state()
    const answer = await config(body)
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatch(message)
    expect(state()).toEqual(before)
  })

  it('applies a valid body', async () => {
    const answer = await config({ tokenTtlSeconds: 600, publishStatus: 4, kind: 'service', whitelist: null })
    expect(answer.status).toBe(200)
    expect(answer.body.settings).toMatchObject({ tokenTtlSeconds: 600, publishStatus: 4 })
    const t = await token(emu)
    expect(t).toBeTruthy()
  })
})
