import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../src/emulator/create-emulator.js'
import { APP_ID, JPEG, PNG, call, fileForm, token } from '../helpers/emulator-http.js'
import { startEmulator } from './endpoint-emulator.js'

let emu: Emulator
beforeEach(async () => {
  emu = await startEmulator()
})
afterEach(async () => emu.close())

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
