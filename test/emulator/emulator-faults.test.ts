import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { APP_ID, PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z', settings: { publishDelayMs: 0 } })
})
afterEach(async () => emu.close())

type Dump = {
  calls: { path: string; errcode: number; answerLost?: boolean }[]
  accounts: Record<string, { drafts: { media_id: string }[]; published: { publish_status: number }[] }>
}
const dump = async () => (await call(emu, '/__emulator/state')) as Dump

async function draft(t: string): Promise<string> {
  const thumb = await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
    form: fileForm(PNG, 'c.png'),
  })
  const articles = [{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb.media_id }]
  return (await call(emu, `/cgi-bin/draft/add?access_token=${t}`, { json: { articles } })).media_id as string
}

describe('answerLost: WeChat did it, we never heard', () => {
  it('carries the call out, drops the connection, and marks the call in the state', async () => {
    const t = await token(emu)
    await call(emu, '/__emulator/faults', { json: { answerLost: [{ path: 'draft/add' }] } })
    await expect(draft(t)).rejects.toThrow()
    const state = await dump()
    expect(state.accounts[APP_ID]!.drafts).toHaveLength(1)
    expect(state.calls.at(-1)).toMatchObject({ path: '/cgi-bin/draft/add', errcode: 0, answerLost: true })
    expect(state.calls.filter((c) => c.answerLost)).toHaveLength(1)
    // only once: the next call is answered
    expect(await draft(t)).toMatch(/^DRAFT_/)
  })
})

describe('freepublish timing', () => {
  it('keeps a task "publishing" for publishDelayMs of emulator clock', async () => {
    const t = await token(emu)
    const answer = await call(emu, '/__emulator/faults', { json: { publishDelayMs: 10 * 60_000 } })
    expect(answer.publishDelayMs).toBe(600_000)
    const sub = await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, {
      json: { media_id: await draft(t) },
    })
    const status = async () =>
      (
        await call(emu, `/cgi-bin/freepublish/get?access_token=${t}`, {
          json: { publish_id: sub.publish_id },
        })
      ).publish_status
    expect(await status()).toBe(1)
    emu.setClock(Date.parse('2027-03-03T12:09:00Z'))
    expect(await status()).toBe(1)
    emu.setClock(Date.parse('2027-03-03T12:10:01Z'))
    expect(await status()).toBe(0)
  })
})

describe('ids', () => {
  it('do not look cut: DRAFT_<hash of the appid>_<n>', async () => {
    const t = await token(emu)
    const id = await draft(t)
    expect(id).toMatch(/^DRAFT_[0-9a-f]{10}_\d+$/)
    expect(id).not.toContain('ulator')
  })
})

describe('fault paths and the faults control', () => {
  it('a datacube path (not under /cgi-bin) fails as asked; GET and DELETE echo every setting', async () => {
    const t = await token(emu)
    await call(emu, '/__emulator/faults', {
      json: { failNext: [{ path: 'datacube/getarticletotaldetail', errcode: 61500, times: 1 }] },
    })
    const shown = await call(emu, '/__emulator/faults', { method: 'GET' })
    expect(shown).toMatchObject({ failNext: [{ path: 'datacube/getarticletotaldetail', times: 1 }] })
    const answer = await call(emu, `/datacube/getarticletotaldetail?access_token=${t}`, {
      json: { begin_date: '2027-03-02', end_date: '2027-03-02' },
    })
    expect(answer.errcode).toBe(61500)
    const cleared = await call(emu, '/__emulator/faults', { method: 'DELETE' })
    expect(cleared).toEqual({ delayMs: 0, failNext: [], dropNext: [], answerLost: [], publishDelayMs: 0 })
  })
})
