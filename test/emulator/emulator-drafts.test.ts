import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../src/emulator/create-emulator.js'
import { call, token } from '../helpers/emulator-http.js'
import { draft, material, startEmulator } from './endpoint-emulator.js'

let emu: Emulator
beforeEach(async () => {
  emu = await startEmulator()
})
afterEach(async () => emu.close())

describe('drafts', () => {
  it('validates like WeChat: thumb (40007), title (45003), 8 articles (45008), empty (44003)', async () => {
    const t = await token(emu)
    const add = (articles: unknown) =>
      call(emu, `/cgi-bin/draft/add?access_token=${t}`, { json: { articles } })
    expect((await add([{ title: 'a', content: 'b', thumb_media_id: 'nope' }])).errcode).toBe(40007)
    const thumb = await material(emu, t)
    expect((await add([{ title: '长'.repeat(65), content: 'b', thumb_media_id: thumb }])).errcode).toBe(45003)
    expect(
      (await add(Array.from({ length: 9 }, () => ({ title: 'a', content: 'b', thumb_media_id: thumb }))))
        .errcode,
    ).toBe(45008)
    expect((await add([])).errcode).toBe(44003)
    expect((await add([{ title: 'a', content: 'x'.repeat(20_000), thumb_media_id: thumb }])).errcode).toBe(
      45002,
    )
  })

  it('stores content as WeChat does: scripts removed, external images dropped', async () => {
    const t = await token(emu)
    const r = await draft(emu, t, {
      content:
        '<p>a<script>x()</script><img src="https://evil.example/x.png"><img src="https://mmbiz.qpic.cn/a.png"></p>',
    })
    expect(Object.keys(r)).toEqual(['media_id'])
    const got = await call<{ news_item: { content: string }[] }>(
      emu,
      `/cgi-bin/draft/get?access_token=${t}`,
      { json: { media_id: r.media_id } },
    )
    expect(got.news_item[0]!.content).toBe('<p>a<img src="https://mmbiz.qpic.cn/a.png"></p>')
  })

  it('updates, counts and lists drafts', async () => {
    const t = await token(emu)
    const { media_id } = await draft(emu, t)
    const thumb = await material(emu, t)
    expect(
      (
        await call(emu, `/cgi-bin/draft/update?access_token=${t}`, {
          json: { media_id, index: 0, articles: { title: '新标题', content: 'c', thumb_media_id: thumb } },
        })
      ).errcode,
    ).toBe(0)
    expect((await call(emu, `/cgi-bin/draft/count?access_token=${t}`)).total_count).toBe(1)
    const list = await call<{ item: { content: { news_item: { title: string }[] } }[] }>(
      emu,
      `/cgi-bin/draft/batchget?access_token=${t}`,
      {
        json: { offset: 0, count: 10, no_content: 1 },
      },
    )
    expect(list.item[0]!.content.news_item[0]!.title).toBe('新标题')
    expect((await call(emu, `/cgi-bin/draft/count?access_token=${t}`, { json: {} })).errcode).toBe(43001)
  })
})
