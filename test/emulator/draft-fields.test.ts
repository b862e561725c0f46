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

const BODY = `<section><h2>第一节</h2><p>这是一段足够长的正文，用来检查摘要是否默认取正文前五十四个字；&amp; 实体也要解码，标签之间留一个空格。后面的文字不应出现在摘要里。</p></section>`

async function newsItems(articles: Record<string, unknown>[]) {
  const { media_id } = await call<{ media_id: string }>(emu, `/cgi-bin/draft/add?access_token=${t}`, {
    json: { articles: articles.map((a) => ({ thumb_media_id: thumb, ...a })) },
  })
  return (
    await call<{ news_item: Record<string, unknown>[] }>(emu, `/cgi-bin/draft/get?access_token=${t}`, {
      json: { media_id },
    })
  ).news_item
}

describe('draft/get returns every field of the article (F8)', () => {
  it('fills the fields not sent with "" / 0 and defaults a single article’s digest to the first 54 characters', async () => {
    const [item] = await newsItems([{ title: '标题', content: BODY }])
    expect(Object.keys(item!)).toEqual([
      'article_type',
      'title',
      'author',
      'digest',
      'content',
      'content_source_url',
      'thumb_media_id',
      'show_cover_pic',
      'need_open_comment',
      'only_fans_can_comment',
      'url',
      'thumb_url',
    ])
    expect(item).toMatchObject({
      article_type: 'news',
      author: '',
      content_source_url: '',
      show_cover_pic: 0,
      need_open_comment: 0,
      only_fans_can_comment: 0,
    })
    const digest = String(item!.digest)
    expect([...digest]).toHaveLength(54)
    expect(digest).toBe(
      '第一节 这是一段足够长的正文，用来检查摘要是否默认取正文前五十四个字；& 实体也要解码，标签之间留一个空格。',
    )
  })

  it('keeps a digest that was sent, and gives multi-article drafts none', async () => {
    const [single] = await newsItems([{ title: '甲', content: BODY, digest: '自己的摘要', author: '作者' }])
    expect(single).toMatchObject({ digest: '自己的摘要', author: '作者' })
    const multi = await newsItems([
      { title: '甲', content: BODY, digest: '摘要' },
      { title: '乙', content: BODY },
    ])
    expect(multi.map((a) => a.digest)).toEqual(['', ''])
  })
})
