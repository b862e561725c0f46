import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import {
  APP_ID,
  type ArticleTotalDetail,
  JPEG,
  PNG,
  SECRET,
  call,
  fileForm,
  token,
} from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({
    clock: '2027-03-03T12:00:00Z',
    tags: ['技术读者'],
    settings: { publishDelayMs: 1000 },
  })
})
afterEach(async () => emu.close())

async function material(t: string) {
  return (
    await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
  ).media_id as string
}

async function draft(t: string, extra: Record<string, unknown> = {}) {
  const thumb = await material(t)
  return call(emu, `/cgi-bin/draft/add?access_token=${t}`, {
    json: { articles: [{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb, ...extra }] },
  })
}

describe('tokens', () => {
  it('answers the classic and the stable token without errcode', async () => {
    const classic = await call(
      emu,
      `/cgi-bin/token?grant_type=client_credential&appid=${APP_ID}&secret=${SECRET}`,
    )
    expect(Object.keys(classic).sort()).toEqual(['access_token', 'expires_in'])
    const a = await call(emu, '/cgi-bin/stable_token', {
      json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET },
    })
    const b = await call(emu, '/cgi-bin/stable_token', {
      json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET },
    })
    expect(a.access_token).toBe(b.access_token)
    expect(a.expires_in).toBe(7200)
  })

  it('rejects a wrong secret (40125), an unknown appid (40013), a bad (40001) or missing (41001) token', async () => {
    expect(
      (await call(emu, `/cgi-bin/token?grant_type=client_credential&appid=${APP_ID}&secret=nope`)).errcode,
    ).toBe(40125)
    expect(
      (await call(emu, `/cgi-bin/token?grant_type=client_credential&appid=wxnope&secret=x`)).errcode,
    ).toBe(40013)
    expect((await call(emu, '/cgi-bin/tags/get?access_token=bad')).errcode).toBe(40001)
    expect((await call(emu, '/cgi-bin/tags/get')).errcode).toBe(41001)
  })

  it('expires tokens by the emulator clock (42001)', async () => {
    const t = await token(emu)
    await call(emu, '/__emulator/clock', { json: { now: '2027-03-03T14:00:01Z' } })
    expect((await call(emu, `/cgi-bin/tags/get?access_token=${t}`)).errcode).toBe(42001)
  })

  it('simulates the IP whitelist (40164 naming the address)', async () => {
    await call(emu, '/__emulator/config', { json: { whitelist: ['10.9.8.7'] } })
    const r = await call(emu, '/cgi-bin/stable_token', {
      json: { grant_type: 'client_credential', appid: APP_ID, secret: SECRET },
    })
    expect(r.errcode).toBe(40164)
    expect(r.errmsg).toMatch(/invalid ip 127\.0\.0\.1 .*not in whitelist/)
  })
})

describe('uploads', () => {
  it('judges type by magic bytes, not by name', async () => {
    const t = await token(emu)
    const ok = await call(emu, `/cgi-bin/media/uploadimg?access_token=${t}`, {
      form: fileForm(PNG, 'photo.jpg', 'image/jpeg'),
    })
    expect(Object.keys(ok)).toEqual(['url'])
    expect(ok.url).toMatch(/^http:\/\/mmbiz\.qpic\.cn\/mmbiz_png\//)
    const bad = await call(emu, `/cgi-bin/media/uploadimg?access_token=${t}`, {
      form: fileForm(Buffer.from('not an image'), 'fake.png', 'image/png'),
    })
    expect(bad.errcode).toBe(40005)
  })

  it('limits uploadimg to 1 MB (40009) and thumbs to 64 KB JPEG (40012)', async () => {
    const t = await token(emu)
    const big = Buffer.concat([JPEG, Buffer.alloc(1024 * 1024)])
    expect(
      (await call(emu, `/cgi-bin/media/uploadimg?access_token=${t}`, { form: fileForm(big, 'big.jpg') }))
        .errcode,
    ).toBe(40009)
    expect(
      (
        await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=thumb`, {
          form: fileForm(PNG, 't.png'),
        })
      ).errcode,
    ).toBe(40005)
    expect(
      (
        await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=thumb`, {
          form: fileForm(Buffer.concat([JPEG, Buffer.alloc(70_000)]), 't.jpg'),
        })
      ).errcode,
    ).toBe(40012)
    const thumb = await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=thumb`, {
      form: fileForm(JPEG, 't.jpg'),
    })
    expect(Object.keys(thumb)).toEqual(['media_id'])
  })

  it('parses a hand-written multipart body with CRLF boundaries, as curl sends it', async () => {
    const t = await token(emu)
    const boundary = '------------------------abc123'
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    const res = await fetch(`${emu.url}/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    })
    const r = (await res.json()) as Record<string, string>
    expect(r.media_id).toMatch(/^IMG_/)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const state = emu.state() as { accounts: Record<string, { materials: { bytes: number }[] }> }
    expect(state.accounts[APP_ID]?.materials[0]?.bytes).toBe(PNG.length)
  })
})

describe('drafts', () => {
  it('validates like WeChat: thumb (40007), title (45003), 8 articles (45008), empty (44003)', async () => {
    const t = await token(emu)
    const add = (articles: unknown) =>
      call(emu, `/cgi-bin/draft/add?access_token=${t}`, { json: { articles } })
    expect((await add([{ title: 'a', content: 'b', thumb_media_id: 'nope' }])).errcode).toBe(40007)
    const thumb = await material(t)
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
    const r = await draft(t, {
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
    const { media_id } = await draft(t)
    const thumb = await material(t)
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

describe('publishing and mass sends', () => {
  it('finishes a freepublish task after the delay and gives the article URL', async () => {
    const t = await token(emu)
    const { media_id } = await draft(t)
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
    const { media_id } = await draft(t)
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
    const { media_id } = await draft(t)
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

describe('tags, datacube, quotas, faults', () => {
  it('creates tags from id 100 up and rejects duplicates (45157)', async () => {
    const t = await token(emu)
    expect(
      (await call(emu, `/cgi-bin/tags/create?access_token=${t}`, { json: { tag: { name: '生活方式' } } }))
        .tag,
    ).toEqual({ id: 101, name: '生活方式' })
    expect(
      (await call(emu, `/cgi-bin/tags/create?access_token=${t}`, { json: { tag: { name: '生活方式' } } }))
        .errcode,
    ).toBe(45157)
    expect(
      (await call<{ tags: { name: string }[] }>(emu, `/cgi-bin/tags/get?access_token=${t}`)).tags.map(
        (x) => x.name,
      ),
    ).toEqual(['星标组', '技术读者', '生活方式'])
  })

  it('answers datacube for sent articles with stable numbers, one day at a time', async () => {
    const t = await token(emu)
    const { media_id } = await draft(t)
    await call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
      json: { filter: { is_to_all: true }, mpnews: { media_id }, msgtype: 'mpnews' },
    })
    emu.setClock(emu.now() + 3 * 86_400_000)
    const t3 = await token(emu)
    const a = await call<ArticleTotalDetail>(emu, `/datacube/getarticletotaldetail?access_token=${t3}`, {
      json: { begin_date: '2027-03-03', end_date: '2027-03-03' },
    })
    const b = await call(emu, `/datacube/getarticletotaldetail?access_token=${t3}`, {
      json: { begin_date: '2027-03-03', end_date: '2027-03-03' },
    })
    expect(a.list).toHaveLength(1)
    expect(a.list[0]!.detail_list[0]!.read_user).toBeGreaterThan(0)
    expect(a).toEqual(b)
    expect(
      (
        await call(emu, `/datacube/getarticletotaldetail?access_token=${t3}`, {
          json: { begin_date: '2027-03-01', end_date: '2027-03-03' },
        })
      ).errcode,
    ).toBe(61501)
  })

  it('enforces daily quotas (45009) and reports them', async () => {
    await call(emu, '/__emulator/config', { json: { quotas: { '/cgi-bin/draft/add': 1 } } })
    const t = await token(emu)
    expect((await draft(t)).media_id).toBeDefined()
    expect((await draft(t)).errcode).toBe(45009)
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

  it('lists, reads and deletes materials, and answers the retired datacube APIs with 47009', async () => {
    const t = await token(emu)
    const id = await material(t)
    expect(
      (
        await call<{ item: { media_id: string }[] }>(
          emu,
          `/cgi-bin/material/batchget_material?access_token=${t}`,
          {
            json: { type: 'image', offset: 0, count: 10 },
          },
        )
      ).item.map((m) => m.media_id),
    ).toEqual([id])
    expect(
      (await call(emu, `/cgi-bin/material/get_material?access_token=${t}`, { json: { media_id: id } })).url,
    ).toMatch(/^http:\/\/mmbiz\.qpic\.cn\//)
    expect(
      (await call(emu, `/cgi-bin/material/del_material?access_token=${t}`, { json: { media_id: id } }))
        .errcode,
    ).toBe(0)
    expect(
      (await call(emu, `/cgi-bin/material/get_material?access_token=${t}`, { json: { media_id: id } }))
        .errcode,
    ).toBe(40007)
    expect(
      (
        await call(emu, `/datacube/getarticletotal?access_token=${t}`, {
          json: { begin_date: '2027-03-01', end_date: '2027-03-01' },
        })
      ).errcode,
    ).toBe(47009)
  })

  it('answers unknown paths with 40066 and wrong methods with 43002', async () => {
    expect((await call(emu, '/cgi-bin/nope')).errcode).toBe(40066)
    expect((await call(emu, '/cgi-bin/stable_token')).errcode).toBe(43002)
  })
})
