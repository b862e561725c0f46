import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../src/emulator/create-emulator.js'
import { type ArticleTotalDetail, call, token } from '../helpers/emulator-http.js'
import { draft, material, startEmulator } from './endpoint-emulator.js'

let emu: Emulator
beforeEach(async () => {
  emu = await startEmulator()
})
afterEach(async () => emu.close())

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
    const { media_id } = await draft(emu, t)
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

  it('lists, reads and deletes materials, and answers the retired datacube APIs with 47009', async () => {
    const t = await token(emu)
    const id = await material(emu, t)
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
})
