import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
})
afterEach(async () => emu.close())

async function stored(content: string): Promise<string> {
  const t = await token(emu)
  const thumb = (
    await call<{ media_id: string }>(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
  ).media_id
  const { media_id } = await call(emu, `/cgi-bin/draft/add?access_token=${t}`, {
    json: { articles: [{ title: '标题', content, thumb_media_id: thumb }] },
  })
  const got = await call<{ news_item: { content: string }[] }>(emu, `/cgi-bin/draft/get?access_token=${t}`, {
    json: { media_id },
  })
  return got.news_item[0]!.content
}

describe('javascript: links are removed like other scripts', () => {
  it('drops a javascript: href and keeps the link text', async () => {
    expect(
      await stored(
        `<p><a href="javascript:alert(1)" onclick="x()">L</a> <a HREF='  JavaScript:void(0)' title="t">M</a> <a href=javascript:go()>N</a></p>`,
      ),
    ).toBe(`<p><a>L</a> <a title="t">M</a> <a>N</a></p>`)
  })

  it('keeps ordinary links, and "javascript:" in text', async () => {
    const html = `<p><a href="https://mp.weixin.qq.com/s/x">javascript: a language</a></p>`
    expect(await stored(html)).toBe(html)
  })
})
