/**
 * The emulator the endpoint tests start before each test (its clock, one follower tag, a one-second
 * publish delay), and the image material and one-article draft they add to it.
 */
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { PNG, call, fileForm } from '../helpers/emulator-http.js'

export function startEmulator(): Promise<Emulator> {
  return createEmulator({
    clock: '2027-03-03T12:00:00Z',
    tags: ['技术读者'],
    settings: { publishDelayMs: 1000 },
  })
}

/** Uploads a PNG as permanent image material: its media_id. */
export async function material(emu: Emulator, t: string) {
  return (
    await call(emu, `/cgi-bin/material/add_material?access_token=${t}&type=image`, {
      form: fileForm(PNG, 'c.png'),
    })
  ).media_id as string
}

/** Adds a draft of one article (its cover a fresh material); `extra` overrides the article's fields. */
export async function draft(emu: Emulator, t: string, extra: Record<string, unknown> = {}) {
  const thumb = await material(emu, t)
  return call(emu, `/cgi-bin/draft/add?access_token=${t}`, {
    json: { articles: [{ title: '标题', content: '<p>正文</p>', thumb_media_id: thumb, ...extra }] },
  })
}
