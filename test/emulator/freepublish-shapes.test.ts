import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
let t: string
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z', settings: { publishDelayMs: 60_000 } })
  t = await token(emu)
})
afterEach(async () => emu.close())

async function submit() {
  const thumb = (
    await call<{ media_id: string }>(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
  ).media_id
  const { media_id } = await call(emu, `/cgi-bin/draft/add?access_token=${t}`, {
    json: { articles: [{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb }] },
  })
  return call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id } })
}

describe('freepublish/get while publishing', () => {
  it('answers status 1 with an empty fail_idx, as the doc’s 返回示例2', async () => {
    const { publish_id } = await submit()
    const answer = await call(emu, `/cgi-bin/freepublish/get?access_token=${t}`, { json: { publish_id } })
    expect(answer).toEqual({ publish_id, publish_status: 1, fail_idx: [] })
  })
})

describe('freepublish/batchget count', () => {
  it.each([0, 21, -1, '5'])('refuses count %j with 47001, as draft/batchget does', async (count) => {
    const published = await call(emu, `/cgi-bin/freepublish/batchget?access_token=${t}`, {
      json: { offset: 0, count },
    })
    expect(published.errcode).toBe(47001)
    expect(published.errmsg).toMatch(/^data format error /)
  })

  it('takes 1 to 20', async () => {
    for (const count of [1, 20])
      expect(
        await call(emu, `/cgi-bin/freepublish/batchget?access_token=${t}`, { json: { offset: 0, count } }),
      ).toMatchObject({ total_count: 0, item_count: 0, item: [] })
  })
})
