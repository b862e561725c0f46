import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../src/emulator/create-emulator.js'
import { call, token } from '../helpers/emulator-http.js'
import { draft, startEmulator } from './endpoint-emulator.js'

let emu: Emulator
beforeEach(async () => {
  emu = await startEmulator()
})
afterEach(async () => emu.close())

describe('publishing and mass sends', () => {
  it('finishes a freepublish task after the delay and gives the article URL', async () => {
    const t = await token(emu)
    const { media_id } = await draft(emu, t)
    const sub = await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id } })
    expect(sub).toMatchObject({ errcode: 0, errmsg: 'ok' })
    expect(
      (
        await call(emu, `/cgi-bin/freepublish/get?access_token=${t}`, {
          json: { publish_id: sub.publish_id },
        })
      ).publish_status,
    ).toBe(1)
    emu.setClock(emu.now() + 2000)
    const done = await call<{ article_detail: { item: { article_url: string }[] } }>(
      emu,
      `/cgi-bin/freepublish/get?access_token=${t}`,
      {
        json: { publish_id: sub.publish_id },
      },
    )
    expect(done.publish_status).toBe(0)
    expect(done.article_detail.item[0]!.article_url).toMatch(
      /^https:\/\/mp\.weixin\.qq\.com\/s\?__biz=[\w=]+&mid=\d+&idx=1/,
    )
  })

  it('reports a configured failure status (2–6)', async () => {
    await call(emu, '/__emulator/config', { json: { publishStatus: 4, publishDelayMs: 0 } })
    const t = await token(emu)
    const { media_id } = await draft(emu, t)
    const sub = await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id } })
    expect(
      (
        await call(emu, `/cgi-bin/freepublish/get?access_token=${t}`, {
          json: { publish_id: sub.publish_id },
        })
      ).publish_status,
    ).toBe(4)
  })

  async function send(t: string, clientmsgid: string, filter: unknown = { is_to_all: true }) {
    const { media_id } = await draft(emu, t)
    return call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
      json: { filter, mpnews: { media_id }, msgtype: 'mpnews', clientmsgid },
    })
  }

  it('allows one sendall per local day (Asia/Shanghai) for a subscription account', async () => {
    emu.setClock(Date.parse('2027-03-03T23:00:00Z')) // 07:00 local on the 4th
    const t = await token(emu)
    expect(await send(t, 'a')).toMatchObject({ errcode: 0, errmsg: 'send job submission success' })
    emu.setClock(Date.parse('2027-03-04T15:00:00Z')) // 23:00 local, same day
    expect((await send(await token(emu), 'b')).errcode).toBe(45028)
    emu.setClock(Date.parse('2027-03-04T16:30:00Z')) // 00:30 local on the 5th
    expect((await send(await token(emu), 'c')).errcode).toBe(0)
  })

  it('treats 23:30 and 00:30 local as two days', async () => {
    emu.setClock(Date.parse('2027-03-05T15:30:00Z'))
    const t = await token(emu)
    expect((await send(t, 'x')).errcode).toBe(0)
    emu.setClock(Date.parse('2027-03-05T16:30:00Z'))
    expect((await send(t, 'y')).errcode).toBe(0)
  })

  it('dedupes clientmsgid for 24 h (45065 with the first msg_id) and checks tags', async () => {
    const t = await token(emu)
    const first = await send(t, 'same-id', { is_to_all: false, tag_id: 100 })
    const again = await send(t, 'same-id', { is_to_all: false, tag_id: 100 })
    expect(again).toMatchObject({ errcode: 45065, msg_id: first.msg_id })
    emu.setClock(emu.now() + 86_400_000)
    const t2 = await token(emu)
    expect((await send(t2, 'other', { is_to_all: false, tag_id: 999 })).errcode).toBe(45159)
    expect(
      (await call(emu, `/cgi-bin/message/mass/get?access_token=${t2}`, { json: { msg_id: first.msg_id } }))
        .msg_status,
    ).toBe('SEND_SUCCESS')
  })
})
