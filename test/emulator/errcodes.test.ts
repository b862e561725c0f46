import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { APP_ID, JPEG, SECRET, call, fileForm, token } from '../helpers/emulator-http.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
})
afterEach(async () => emu.close())

const RID = / rid: [0-9a-f]+-[0-9a-f]+-[0-9a-f]+$/

describe("WeChat's errcodes for missing parameters (F4, F5)", () => {
  it('token: grant_type 40002, appid 41002, secret 41004; stable_token without a body 44002', async () => {
    const get = (q: string) => call(emu, `/cgi-bin/token?${q}`)
    expect(await get(`appid=${APP_ID}&secret=${SECRET}`)).toMatchObject({ errcode: 40002 })
    expect(await get(`grant_type=foo&appid=${APP_ID}&secret=${SECRET}`)).toMatchObject({ errcode: 40002 })
    const noAppid = await get(`grant_type=client_credential&secret=${SECRET}`)
    expect(noAppid).toMatchObject({ errcode: 41002 })
    expect(noAppid.errmsg).toMatch(/^appid missing rid: /)
    const noSecret = await get(`grant_type=client_credential&appid=${APP_ID}`)
    expect(noSecret).toMatchObject({ errcode: 41004 })
    expect(noSecret.errmsg).toMatch(/^appsecret missing rid: /)
    // the values themselves: unknown appid 40013, wrong secret 40125 (unchanged)
    expect(await get(`grant_type=client_credential&appid=wxnope&secret=x`)).toMatchObject({ errcode: 40013 })
    expect(await get(`grant_type=client_credential&appid=${APP_ID}&secret=x`)).toMatchObject({
      errcode: 40125,
    })
    const stable = (json: unknown) => call(emu, '/cgi-bin/stable_token', { method: 'POST', json })
    expect(
      (await fetch(`${emu.url}/cgi-bin/stable_token`, { method: 'POST' }).then((r) => r.json())).errcode,
    ).toBe(44002)
    expect(await stable({ appid: APP_ID, secret: SECRET })).toMatchObject({ errcode: 40002 })
    expect(await stable({ grant_type: 'client_credential', secret: SECRET })).toMatchObject({
      errcode: 41002,
    })
    expect(await stable({ grant_type: 'client_credential', appid: APP_ID })).toMatchObject({ errcode: 41004 })
  })

  it('every JSON endpoint posted no body at all: 44002 empty post data', async () => {
    const t = await token(emu)
    for (const path of [
      'draft/add',
      'draft/get',
      'freepublish/submit',
      'message/mass/sendall',
      'tags/create',
    ]) {
      const answer = await fetch(`${emu.url}/cgi-bin/${path}?access_token=${t}`, { method: 'POST' })
      const body = (await answer.json()) as { errcode: number; errmsg: string }
      expect(body.errcode, path).toBe(44002)
      expect(body.errmsg, path).toMatch(/^empty post data rid: /)
    }
    const datacube = await fetch(`${emu.url}/datacube/getarticletotaldetail?access_token=${t}`, {
      method: 'POST',
    })
    expect(((await datacube.json()) as { errcode: number }).errcode).toBe(44002)
  })

  it('uploads: no or empty `media` part 41005, a thumb over 64 KB 40012', async () => {
    const t = await token(emu)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(JPEG)]), 'a.jpg')
    const wrongField = await call(emu, `/cgi-bin/media/uploadimg?access_token=${t}`, { form })
    expect(wrongField.errcode).toBe(41005)
    expect(wrongField.errmsg).toMatch(/^media data missing rid: /)
    const empty = await call(emu, `/cgi-bin/media/uploadimg?access_token=${t}`, {
      form: fileForm(Buffer.alloc(0), 'a.jpg'),
    })
    expect(empty.errcode).toBe(41005)
    const big = await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=thumb`, {
      form: fileForm(Buffer.concat([JPEG, Buffer.alloc(70_000)]), 't.jpg'),
    })
    expect(big.errcode).toBe(40012)
    expect(big.errmsg).toMatch(/^invalid thumb size rid: /)
  })
})

describe('every error carries the rid suffix (F6)', () => {
  it('47001, 43001, 43002, 40066, 45009 and injected faults', async () => {
    const t = await token(emu)
    await call(emu, '/__emulator/config', { json: { quotas: { '/cgi-bin/draft/count': 0 } } })
    const bad = await fetch(`${emu.url}/cgi-bin/draft/add?access_token=${t}`, { method: 'POST', body: '{' })
    const answers = [
      await bad.json(),
      await call(emu, `/cgi-bin/draft/count?access_token=${t}`, { method: 'POST' }),
      await call(emu, `/cgi-bin/draft/add?access_token=${t}`),
      await call(emu, `/cgi-bin/nope?access_token=${t}`),
      await call(emu, `/cgi-bin/draft/count?access_token=${t}`),
    ]
    expect(answers.map((a) => a.errcode)).toEqual([47001, 43001, 43002, 40066, 45009])
    expect(answers.map((a) => String(a.errmsg).replace(RID, ''))).toEqual([
      'data format error',
      'require GET method',
      'require POST method',
      'invalid url hint: /cgi-bin/nope',
      'reach max api daily quota limit',
    ])
    for (const a of answers) expect(a.errmsg).toMatch(RID)
  })

  it("failNext answers WeChat's errmsg for codes it knows", async () => {
    const t = await token(emu)
    await call(emu, '/__emulator/faults', {
      json: {
        failNext: [
          { path: '/cgi-bin/tags/get', errcode: 45009 },
          { path: '/cgi-bin/tags/get', errcode: -1 },
          { path: '/cgi-bin/tags/get', errcode: 99999 },
        ],
      },
    })
    const url = `/cgi-bin/tags/get?access_token=${t}`
    const a = await call(emu, url)
    const b = await call(emu, url)
    const c = await call(emu, url)
    expect(a.errmsg).toMatch(/^reach max api daily quota limit rid: /)
    expect(b.errmsg).toMatch(/^system error rid: /)
    expect(c.errmsg).toMatch(/^emulated error 99999 rid: /)
  })
})
