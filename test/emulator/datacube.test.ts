import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { type ArticleTotalDetail, call, fileForm, PNG, token } from '../helpers/emulator-http.js'

let emu: Emulator
afterEach(async () => emu?.close())

async function sendOne(clock: string): Promise<string> {
  emu = await createEmulator({ clock })
  const t = await token(emu)
  const cover = await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
    form: fileForm(PNG, 'c.png', 'image/png'),
  })
  const articles = [
    { title: '头条', content: '<p>一</p>', thumb_media_id: cover.media_id },
    { title: '次条', content: '<p>二</p>', thumb_media_id: cover.media_id },
  ]
  const draft = await call(emu, `/cgi-bin/draft/add?access_token=${t}`, { json: { articles } })
  const sent = await call(emu, `/cgi-bin/message/mass/sendall?access_token=${t}`, {
    json: { filter: { is_to_all: true }, mpnews: { media_id: draft.media_id }, msgtype: 'mpnews' },
  })
  return String(sent.msg_data_id)
}

const detail = async (day: string, end = day) =>
  call<ArticleTotalDetail>(emu, `/datacube/getarticletotaldetail?access_token=${await token(emu)}`, {
    json: { begin_date: day, end_date: end },
  })

describe('datacube/getarticletotaldetail', () => {
  it('one item per article (msgid <msg_data_id>_<idx>), one cumulative entry per day for 30 days', async () => {
    const id = await sendOne('2027-03-03T20:05:00+08:00')
    emu.setClock(Date.parse('2027-03-06T09:00:00+08:00'))
    const r = await detail('2027-03-03')
    expect(r.is_delay).toBe(false)
    expect(r.list.map((i) => [i.msgid, i.title, i.publish_type])).toEqual([
      [`${id}_1`, '头条', 0],
      [`${id}_2`, '次条', 0],
    ])
    const days = r.list[0]!.detail_list
    expect(days.map((d) => d.stat_date)).toEqual(['2027-03-03', '2027-03-04', '2027-03-05'])
    expect(days[1]!.read_user).toBeGreaterThan(days[0]!.read_user)
    expect(days[2]!.share_user).toBeGreaterThanOrEqual(days[1]!.share_user)
    expect(days[0]!.read_finish_rate).toBeGreaterThan(0)
    expect(r.list[0]!.content_url).toMatch(
      new RegExp(
        `^https://mp\\.weixin\\.qq\\.com/s\\?__biz=[A-Za-z0-9+/]+=*&mid=${id}&idx=1&sn=[0-9a-f]{32}$`,
      ),
    )
    expect((await detail('2027-03-04')).list).toEqual([])
    emu.setClock(Date.parse('2027-06-01T09:00:00+08:00'))
    const late = await detail('2027-03-03')
    expect(late.list[0]!.detail_list).toHaveLength(30)
    expect(late.list[0]!.detail_list.at(-1)!.stat_date).toBe('2027-04-01')
  })

  it('WeChat’s limits: one day per call and at most yesterday (61501), dates as YYYY-MM-DD (61500), data from 2025-11-01', async () => {
    await sendOne('2027-03-03T20:05:00+08:00')
    expect((await detail('2027-03-03')).errcode).toBe(61501)
    emu.setClock(Date.parse('2027-03-05T09:00:00+08:00'))
    expect((await detail('2027-03-03', '2027-03-04')).errcode).toBe(61501)
    expect((await detail('2027-03-05')).errcode).toBe(61501)
    expect((await detail('2027/03/03')).errcode).toBe(61500)
    expect((await detail('2027-02-30')).errcode).toBe(61500)
    expect((await detail('2025-10-31')).list).toEqual([])
  })

  it('an unverified account gets 48001', async () => {
    emu = await createEmulator({ clock: '2027-03-05T09:00:00+08:00', verified: false })
    expect((await detail('2027-03-03')).errcode).toBe(48001)
  })
})
