/**
 * A newspic (图片消息) article holds at most 20 pictures in `image_info.image_list`: the emulator
 * refuses a 21st on draft/add and draft/update (45008, WeChat's count-over-limit code), over real HTTP.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
let t: string
let picture: string
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
  t = await token(emu)
  picture = (
    await call<{ media_id: string }>(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'p.png'),
    })
  ).media_id
})
afterEach(async () => emu.close())

const pictures = (n: number) => ({
  image_list: Array.from({ length: n }, () => ({ image_media_id: picture })),
})
const newspic = (n: number) => ({
  article_type: 'newspic',
  title: '图集',
  content: '',
  image_info: pictures(n),
})
const add = (n: number) =>
  call(emu, `/cgi-bin/draft/add?access_token=${t}`, { json: { articles: [newspic(n)] } })

/** WeChat's opaque hint, e.g. `hint: [a9VcKa011154-0]`. */
const HINT = /^article size out of limit hint: \[[A-Za-z0-9]{6}\d{6}-\d\] rid: /

describe('newspic image_info.image_list: at most 20 pictures', () => {
  it('keeps 20 pictures and refuses 21 on draft/add with 45008', async () => {
    const twenty = await add(20)
    expect(twenty.errcode).toBeUndefined()
    expect(twenty.media_id).toBeTruthy()
    const got = await call<{ news_item: { image_info: { image_list: unknown[] } }[] }>(
      emu,
      `/cgi-bin/draft/get?access_token=${t}`,
      { json: { media_id: twenty.media_id } },
    )
    expect(got.news_item[0]!.image_info.image_list).toHaveLength(20)
    const over = await add(21)
    expect(over.errcode).toBe(45008)
    expect(over.errmsg).toMatch(HINT)
    expect(over.media_id).toBeUndefined()
  })

  it('refuses 21 pictures on draft/update and leaves the draft as it was', async () => {
    const { media_id } = await add(3)
    const update = (n: number) =>
      call(emu, `/cgi-bin/draft/update?access_token=${t}`, {
        json: { media_id, index: 0, articles: newspic(n) },
      })
    expect((await update(21)).errcode).toBe(45008)
    const got = await call<{ news_item: { image_info: { image_list: unknown[] } }[] }>(
      emu,
      `/cgi-bin/draft/get?access_token=${t}`,
      { json: { media_id } },
    )
    expect(got.news_item[0]!.image_info.image_list).toHaveLength(3)
    expect((await update(20)).errcode).toBe(0)
  })

  it('records the refused call in the state with its errcode', async () => {
    await add(25)
    const state = await call<{ calls: { path: string; errcode: number }[] }>(emu, '/__emulator/state')
    expect(state.calls.filter((c) => c.path === '/cgi-bin/draft/add')).toEqual([
      expect.objectContaining({ errcode: 45008 }),
    ])
  })
})
