import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
afterEach(async () => emu?.close())

async function start(settings: Record<string, number> = {}) {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z', settings })
  const t = await token(emu)
  const thumb = (
    await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
  ).media_id as string
  const add = (content: string) =>
    call(emu, `/cgi-bin/draft/add?access_token=${t}`, {
      json: { articles: [{ title: '标题', content, thumb_media_id: thumb }] },
    })
  const get = async (mediaId: string) =>
    (await call(emu, `/cgi-bin/draft/get?access_token=${t}`, { json: { media_id: mediaId } })) as {
      news_item: { content: string }[]
    }
  return { add, get }
}

describe('emulator: what WeChat keeps of article content', () => {
  it('strips id attributes and <style> elements; draft/get serves the content as stored', async () => {
    const { add, get } = await start()
    const sent =
      '<section id="top" style="color: red"><style>.a{color:red}</style><p id=\'x\' data-id="k">a</p>' +
      '<svg id="s" viewBox="0 0 1 1"><path d="M0 0"/></svg></section>'
    const r = await add(sent)
    expect(Object.keys(r)).toEqual(['media_id'])
    const got = await get(r.media_id as string)
    expect(got.news_item[0]!.content).toBe(
      '<section style="color: red"><p data-id="k">a</p><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></section>',
    )
  })

  it('counts visible text against 20,000 characters, not the HTML: long styled HTML is accepted', async () => {
    const { add } = await start()
    const styled = `<p style="${'color: #333; '.repeat(20)}">段落</p>`.repeat(500) // ≈ 130,000 characters of HTML
    expect(styled.length).toBeGreaterThan(100_000)
    expect(Object.keys(await add(styled))).toEqual(['media_id'])
    expect((await add(`<p>${'字'.repeat(20_000)}</p>`)).errcode).toBe(45002)
    expect(Object.keys(await add(`<p>${'字'.repeat(19_999)}</p>`))).toEqual(['media_id'])
    expect((await add(`<p style="${'x'.repeat(1024 * 1024)}">a</p>`)).errcode).toBe(45002)
  })

  it('takes its limits from settings', async () => {
    const { add } = await start({ contentTextMax: 10, contentBytesMax: 200 })
    expect((await add('<p>0123456789</p>')).errcode).toBe(45002)
    expect(Object.keys(await add('<p>012345678</p>'))).toEqual(['media_id'])
    expect((await add(`<p>${'&nbsp;'.repeat(5)}</p>`.repeat(10))).errcode).toBe(45002)
  })
})
