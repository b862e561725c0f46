import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z', settings: { publishDelayMs: 1000 } })
})
afterEach(async () => emu.close())

async function draft(t: string) {
  const thumb = await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
    form: fileForm(PNG, 'c.png'),
  })
  return call<{ media_id: string }>(emu, `/cgi-bin/draft/add?access_token=${t}`, {
    json: { articles: [{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb.media_id }] },
  })
}

describe('freepublish completion (F1)', () => {
  it('removes the draft when the task finishes on the clock, without anyone polling freepublish/get', async () => {
    const t = await token(emu)
    const { media_id } = await draft(t)
    await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id } })
    expect((await call(emu, `/cgi-bin/draft/count?access_token=${t}`)).total_count).toBe(1)
    emu.setClock(emu.now() + 2000)
    expect((await call(emu, `/cgi-bin/draft/count?access_token=${t}`)).total_count).toBe(0)
    expect((await call(emu, `/cgi-bin/draft/get?access_token=${t}`, { json: { media_id } })).errcode).toBe(
      40007,
    )
    const send = await call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
      json: { filter: { is_to_all: true }, mpnews: { media_id }, msgtype: 'mpnews' },
    })
    expect(send.errcode).toBe(40007)
    const state = emu.state() as {
      accounts: Record<string, { drafts: unknown[]; published: { article_id?: string }[] }>
    }
    const account = Object.values(state.accounts)[0]!
    expect(account.drafts).toEqual([])
    expect(account.published[0]!.article_id).toMatch(/^ARTICLE_/)
  })

  it('settles before the state dump too', async () => {
    const t = await token(emu)
    const { media_id } = await draft(t)
    await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id } })
    await call(emu, '/__emulator/clock', { json: { now: '2027-03-03T12:00:05Z' } })
    const state = await call<{ accounts: Record<string, { drafts: unknown[] }> }>(emu, '/__emulator/state')
    expect(Object.values(state.accounts)[0]!.drafts).toEqual([])
  })

  it('locks the draft while its task runs: no mass send, update or delete; the submitted text is published', async () => {
    const t = await token(emu)
    const { media_id } = await draft(t)
    await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id } })
    const send = await call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
      json: { filter: { is_to_all: true }, mpnews: { media_id }, msgtype: 'mpnews' },
    })
    type Got = { news_item: { thumb_media_id: string }[] }
    const got = await call<Got>(emu, `/cgi-bin/draft/get?access_token=${t}`, { json: { media_id } })
    const thumb = got.news_item[0]!.thumb_media_id
    const update = await call(emu, `/cgi-bin/draft/update?access_token=${t}`, {
      json: {
        media_id,
        index: 0,
        articles: { title: '改过', content: '<p>改过</p>', thumb_media_id: thumb },
      },
    })
    const remove = await call(emu, `/cgi-bin/draft/delete?access_token=${t}`, { json: { media_id } })
    for (const answer of [send, update, remove]) {
      expect(answer.errcode).toBe(40007)
      expect(answer.errmsg).toMatch(/^invalid media_id hint: draft is being published rid: /)
    }
    emu.setClock(emu.now() + 2000)
    const state = emu.state() as {
      accounts: Record<string, { massSends: unknown[]; published: { articles: { title: string }[] }[] }>
    }
    const account = Object.values(state.accounts)[0]!
    expect(account.massSends).toEqual([])
    expect(account.published.map((p) => p.articles[0]!.title)).toEqual(['标题'])
  })
})

describe("draft/get's preview link", () => {
  it('opens a page with the draft as stored, and an expired-link page once the draft is published', async () => {
    const t = await token(emu)
    const { media_id } = await draft(t)
    type Got = { news_item: { url: string }[] }
    const { url } = (await call<Got>(emu, `/cgi-bin/draft/get?access_token=${t}`, { json: { media_id } }))
      .news_item[0]!
    expect(url.startsWith(`${emu.url}/s?__biz=`)).toBe(true)
    const open = await fetch(url)
    expect(open.status).toBe(200)
    expect(open.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await open.text()).toContain(
      '<h1>标题</h1><p class="meta">预览</p><div id="js_content"><p>正文</p></div>',
    )
    await call(emu, `/cgi-bin/freepublish/submit?access_token=${t}`, { json: { media_id } })
    emu.setClock(emu.now() + 2000)
    const gone = await fetch(url)
    expect(gone.status).toBe(404)
    expect(await gone.text()).toContain('预览链接已过期')
  })
})
