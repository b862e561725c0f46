import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { type ArticleTotalDetail, PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T20:00:00+08:00', settings: { publishDelayMs: 0 } })
})
afterEach(async () => emu.close())

const biz = (url: string) => new URL(url).searchParams.get('__biz')

describe('one __biz per account (F10)', () => {
  it('is the same in published, mass-sent, datacube and draft preview URLs', async () => {
    const t = await token(emu)
    const cover = await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
    const add = (title: string) =>
      call<{ media_id: string }>(emu, `/cgi-bin/draft/add?access_token=${t}`, {
        json: { articles: [{ title, content: '<p>正文</p>', thumb_media_id: cover.media_id }] },
      })
    const toPublish = await add('发布')
    const toSend = await add('群发')
    const preview = await call<{ news_item: { url: string }[] }>(
      emu,
      `/cgi-bin/draft/get?access_token=${t}`,
      {
        json: { media_id: toSend.media_id },
      },
    )
    const sub = await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, {
      json: { media_id: toPublish.media_id },
    })
    const got = await call<{ article_detail: { item: { article_url: string }[] } }>(
      emu,
      `/cgi-bin/freepublish/get?access_token=${t}`,
      { json: { publish_id: sub.publish_id } },
    )
    await call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
      json: { filter: { is_to_all: true }, mpnews: { media_id: toSend.media_id }, msgtype: 'mpnews' },
    })
    emu.setClock(Date.parse('2027-03-04T09:00:00+08:00'))
    const stats = await call<ArticleTotalDetail>(
      emu,
      `/datacube/getarticletotaldetail?access_token=${await token(emu)}`,
      {
        json: { begin_date: '2027-03-03', end_date: '2027-03-03' },
      },
    )
    const urls = [
      preview.news_item[0]!.url,
      got.article_detail.item[0]!.article_url,
      ...stats.list.map((i) => i.content_url),
    ]
    expect(stats.list).toHaveLength(2)
    const bizes = new Set(urls.map(biz))
    expect(bizes.size).toBe(1)
    expect([...bizes][0]).toMatch(/^[A-Za-z0-9+/]+=*$/)
    for (const i of stats.list)
      expect(new URL(i.content_url).searchParams.get('sn')).toMatch(/^[0-9a-f]{32}$/)
  })
})
