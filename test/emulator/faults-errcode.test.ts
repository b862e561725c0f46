import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'

let emu: Emulator
beforeEach(async () => {
  emu = await createEmulator({ clock: '2027-03-03T12:00:00Z' })
})
afterEach(async () => emu.close())

async function post(body: unknown) {
  const res = await fetch(`${emu.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('a failNext rule must fail', () => {
  it.each([0, '45009', 1.5, null])('refuses errcode %j with 400 naming the field', async (errcode) => {
    const answer = await post({ failNext: [{ path: 'draft/add', errcode }] })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatch(/^failNext\[0\]\.errcode must be an integer other than 0/)
    expect((await post({})).body).toMatchObject({ failNext: [] })
  })

  it('takes negative and positive codes', async () => {
    const answer = await post({
      failNext: [
        { path: 'draft/add', errcode: -1 },
        { path: 'draft/add', errcode: 45009 },
      ],
    })
    expect(answer.status).toBe(200)
  })
})
