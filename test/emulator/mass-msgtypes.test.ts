import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
let t: string
let image: string
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T04:00:00Z', tags: ['技术读者', '生活方式'] })
  t = await token(emu)
  image = (
    await call<{ media_id: string }>(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
  ).media_id
})
afterEach(async () => emu.close())

const sendall = (body: Record<string, unknown>, filter: unknown = { is_to_all: true }) =>
  call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, { json: { filter, ...body } })
async function nextDay() {
  emu.setClock(emu.now() + 86_400_000)
  t = await token(emu)
}

describe('mass/sendall msgtypes', () => {
  it.each([
    [{ msgtype: 'text', text: { content: '你好' } }],
    [{ msgtype: 'voice', voice: { media_id: 'VOICE_1' } }],
    [{ msgtype: 'mpvideo', mpvideo: { media_id: 'VIDEO_1' } }],
    [{ msgtype: 'wxcard', wxcard: { card_id: 'CARD_1' } }],
  ])('accepts %j (no msg_data_id but for mpnews)', async (body) => {
    const answer = await sendall(body)
    expect(Object.keys(answer).sort()).toEqual(['errcode', 'errmsg', 'msg_id'])
    expect(answer).toMatchObject({ errcode: 0, errmsg: 'send job submission success' })
  })

  it('accepts images {media_ids} and image {media_id} of permanent materials', async () => {
    const answer = await sendall({ msgtype: 'image', images: { media_ids: [image], recommend: '推荐' } })
    expect(answer.errcode).toBe(0)
    await nextDay()
    expect((await sendall({ msgtype: 'image', image: { media_id: image } })).errcode).toBe(0)
    await nextDay()
    expect((await sendall({ msgtype: 'image', images: { media_ids: ['nope'] } })).errcode).toBe(40007)
  })

  it.each([
    [{ msgtype: 'text', text: { content: '' } }, 44004],
    [{ msgtype: 'text' }, 44004],
    [{ msgtype: 'voice', voice: {} }, 40007],
    [{ msgtype: 'mpvideo' }, 40007],
    [{ msgtype: 'wxcard', wxcard: { card_id: '' } }, 40073],
    [{ msgtype: 'image', images: { media_ids: [] } }, 40007],
    [{ msgtype: 'news', news: { media_id: 'x' } }, 40008],
    [{ msgtype: 'images', images: { media_ids: ['x'] } }, 40008],
    [{}, 40008],
  ])('refuses %j with %i', async (body, errcode) => {
    const answer = await sendall(body)
    expect(answer.errcode).toBe(errcode)
  })

  it('counts every msgtype against the daily quota and dedupes clientmsgid', async () => {
    const first = await sendall({ msgtype: 'text', text: { content: '一' }, clientmsgid: 'c1' })
    expect(first.errcode).toBe(0)
    expect((await sendall({ msgtype: 'text', text: { content: '一' }, clientmsgid: 'c1' })).msg_id).toBe(
      first.msg_id,
    )
    expect((await sendall({ msgtype: 'wxcard', wxcard: { card_id: 'C' } })).errcode).toBe(45028)
    const state = (await call(emu, '/__emulator/state')) as {
      accounts: Record<string, { massSends: { msgtype: string; msg_data_id: string }[] }>
    }
    expect(Object.values(state.accounts)[0]!.massSends).toMatchObject([{ msgtype: 'text', msg_data_id: '' }])
  })
})

describe('service account: 4 a month per follower', () => {
  it('refuses is_to_all only after 4 is_to_all sends that month, whatever went to a tag', async () => {
    await call(emu, '/__emulator/config', { json: { kind: 'service' } })
    const text = (n: number) => ({ msgtype: 'text', text: { content: `第${n}条` } })
    for (let i = 0; i < 4; i++)
      expect((await sendall(text(i), { is_to_all: false, tag_id: 100 })).errcode).toBe(0)
    expect((await sendall(text(5), { is_to_all: false, tag_id: 100 })).errcode).toBe(45028)
    expect((await sendall(text(6), { is_to_all: false, tag_id: 101 })).errcode).toBe(0)
    for (let day = 0; day < 4; day++) {
      expect((await sendall(text(10 + day))).errcode).toBe(0)
      await nextDay()
    }
    expect((await sendall(text(20))).errcode).toBe(45028)
  })
})
