import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../src/emulator/create-emulator.js'
import { APP_ID, call, token } from '../helpers/emulator-http.js'
import { draft, startEmulator } from './endpoint-emulator.js'

let emu: Emulator
beforeEach(async () => {
  emu = await startEmulator()
})
afterEach(async () => emu.close())

describe('tags, datacube, quotas, faults', () => {
  it('enforces daily quotas (45009) and reports them', async () => {
    await call(emu, '/__emulator/config', { json: { quotas: { '/cgi-bin/draft/add': 1 } } })
    const t = await token(emu)
    expect((await draft(emu, t)).media_id).toBeDefined()
    expect((await draft(emu, t)).errcode).toBe(45009)
    const q = await call(emu, `/cgi-bin/openapi/quota/get?access_token=${t}`, {
      json: { cgi_path: '/cgi-bin/draft/add' },
    })
    expect(q.quota).toEqual({ daily_limit: 1, used: 1, remain: 0 })
  })

  it('injects errcodes, dropped connections and delays, and logs every call', async () => {
    await call(emu, '/__emulator/faults', {
      json: {
        failNext: [{ path: '/cgi-bin/tags/get', errcode: -1, times: 1 }],
        dropNext: [{ path: 'tags/get', times: 1 }],
      },
    })
    const t = await token(emu)
    await expect(call(emu, `/cgi-bin/tags/get?access_token=${t}`)).rejects.toThrow()
    expect((await call(emu, `/cgi-bin/tags/get?access_token=${t}`)).errcode).toBe(-1)
    expect((await call(emu, `/cgi-bin/tags/get?access_token=${t}`)).tags).toBeDefined()
    await call(emu, '/__emulator/faults', { method: 'DELETE' })
    const state = (await call(emu, '/__emulator/state')) as {
      version: number
      now: string
      calls: { path: string; errcode: number }[]
      accounts: Record<string, unknown>
    }
    expect(state.version).toBe(1)
    expect(state.now).toBe(new Date(emu.now()).toISOString().slice(0, 19) + state.now.slice(19))
    expect(Object.keys(state.accounts)).toEqual([APP_ID])
    expect(state.calls.map((c) => `${c.path}:${c.errcode}`)).toEqual([
      '/cgi-bin/stable_token:0',
      '/cgi-bin/tags/get:-2',
      '/cgi-bin/tags/get:-1',
      '/cgi-bin/tags/get:0',
    ])
  })

  it('answers unknown paths with 40066 and wrong methods with 43002', async () => {
    expect((await call(emu, '/cgi-bin/nope')).errcode).toBe(40066)
    expect((await call(emu, '/cgi-bin/stable_token')).errcode).toBe(43002)
  })
})
