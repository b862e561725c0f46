import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({
    clock: '2027-03-03T20:00:00+08:00',
    tags: ['技术读者'],
    settings: { publishDelayMs: 0 },
  })
})
afterEach(async () => emu.close())

interface Sent {
  media_id: string
  msg_id?: number
  filter?: unknown
  articles: { title: string; author: string; digest: string; url: string }[]
}

describe('the state shows what was sent (F13)', () => {
  it('mass sends and published tasks list their articles (title, author, digest, url) and the filter', async () => {
    const t = await token(emu)
    const cover = await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
    const add = (titles: string[]) =>
      call<{ media_id: string }>(emu, `/cgi-bin/draft/add?access_token=${t}`, {
        json: {
          articles: titles.map((title) => ({
            title,
            author: '编辑部',
            content: '<p>正文</p>',
            thumb_media_id: cover.media_id,
          })),
        },
      })
    const sent = await add(['头条', '次条'])
    await call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
      json: {
        filter: { is_to_all: false, tag_id: 100 },
        mpnews: { media_id: sent.media_id },
        msgtype: 'mpnews',
      },
    })
    const published = await add(['发布的文章'])
    await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, {
      json: { media_id: published.media_id },
    })
    const state = await call<{ accounts: Record<string, { massSends: Sent[]; published: Sent[] }> }>(
      emu,
      '/__emulator/state',
    )
    const account = Object.values(state.accounts)[0]!
    const mass = account.massSends[0]!
    expect(mass).toMatchObject({ media_id: sent.media_id, filter: { is_to_all: false, tag_id: 100 } })
    expect(mass.articles.map((a) => [a.title, a.author, a.digest])).toEqual([
      ['头条', '编辑部', ''],
      ['次条', '编辑部', ''],
    ])
    expect(mass.articles[1]!.url).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/s\?__biz=.+&idx=2&sn=/)
    const pub = account.published[0]!
    expect(pub.articles).toEqual([
      { title: '发布的文章', author: '编辑部', digest: '正文', url: expect.stringMatching(/&idx=1&sn=/) },
    ])
  })
})
