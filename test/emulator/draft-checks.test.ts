import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
let t: string
let thumb: string
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
  t = await token(emu)
  thumb = (
    await call<{ media_id: string }>(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
  ).media_id
})
afterEach(async () => emu.close())

const add = (article: Record<string, unknown>) =>
  call(emu, `/cgi-bin/draft/add?access_token=${t}`, {
    json: { articles: [{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb, ...article }] },
  })

/** WeChat's opaque hint, e.g. `hint: [a9VcKa011154-0]`. */
const HINT = / hint: \[[A-Za-z0-9]{6}\d{6}-\d\] rid: /

describe('draft/add field checks like WeChat’s', () => {
  it.each([
    [{ title: '' }, 44003],
    [{ title: '   ' }, 44003],
    [{ title: undefined }, 44003],
    [{ content: '' }, 44003],
    [{ content: ' \n ' }, 44003],
    [{ title: 123 }, 47001],
    [{ content: ['<p>x</p>'] }, 47001],
    [{ need_open_comment: '1' }, 47001],
    [{ article_type: 'video' }, 47001],
    [{ article_type: 'newspic' }, 44003],
    [{ content_source_url: `https://example.com/${'a'.repeat(1010)}` }, 45005],
  ] as [Record<string, unknown>, number][])('%#: %i', async (article, errcode) => {
    const answer = await add(article)
    expect(answer.errcode).toBe(errcode)
    expect(answer.errmsg).toMatch(HINT)
  })

  it('keeps content_source_url up to 1 KB', async () => {
    const url = `https://example.com/${'a'.repeat(1024 - 20)}`
    expect(Buffer.byteLength(url)).toBe(1024)
    expect((await add({ content_source_url: url })).media_id).toBeTruthy()
  })

  it('answers a missing cover with an opaque hint, no internal value', async () => {
    const answer = await add({ thumb_media_id: undefined })
    expect(answer.errcode).toBe(40007)
    expect(answer.errmsg).toMatch(/^invalid media_id hint: \[[A-Za-z0-9]{6}\d{6}-\d\] rid: /)
    expect(answer.errmsg).not.toMatch(/undefined|thumb_media_id/)
  })

  it('stores a newspic article with its image_info (cover optional), refusing unknown pictures', async () => {
    const image_info = { image_list: [{ image_media_id: thumb }] }
    const { media_id } = await add({
      article_type: 'newspic',
      thumb_media_id: undefined,
      content: '',
      image_info,
    })
    expect(media_id).toBeTruthy()
    const got = await call<{ news_item: Record<string, unknown>[] }>(
      emu,
      `/cgi-bin/draft/get?access_token=${t}`,
      {
        json: { media_id },
      },
    )
    expect(got.news_item[0]).toMatchObject({ article_type: 'newspic', thumb_media_id: '', image_info })
    const unknown = await add({
      article_type: 'newspic',
      image_info: { image_list: [{ image_media_id: 'nope' }] },
    })
    expect(unknown.errcode).toBe(40007)
    expect((await add({ article_type: 'newspic', image_info: { image_list: [] } })).errcode).toBe(44003)
  })
})

describe('draft/update field checks', () => {
  it('refuses a non-number index (47001) and a blank title (44003)', async () => {
    const { media_id } = await add({})
    const update = (body: Record<string, unknown>) =>
      call(emu, `/cgi-bin/draft/update?access_token=${t}`, { json: { media_id, ...body } })
    const article = { title: '新标题', content: '<p>新</p>', thumb_media_id: thumb }
    expect((await update({ index: '0', articles: article })).errcode).toBe(47001)
    expect((await update({ index: 0, articles: { ...article, title: ' ' } })).errcode).toBe(44003)
    expect((await update({ index: 0, articles: { ...article, title: 5 } })).errcode).toBe(47001)
    expect((await update({ index: 0, articles: article })).errcode).toBe(0)
  })
})
