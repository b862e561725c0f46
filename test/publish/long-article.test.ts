import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { technicalBody } from '../helpers/technical-article.js'
import { makeSite, runPublish } from './publish-site.js'

let emu: Emulator | undefined
afterEach(async () => {
  await emu?.close()
  emu = undefined
})

describe('a normal technical article publishes', () => {
  it('5,000+ characters with highlighted code and formulas: draft/add succeeds and WeChat keeps everything', async () => {
    emu = await createEmulator({ clock: '2027-04-01T00:00:00Z' })
    const root = makeSite([{ slug: 'long', slot: '2027-04-01T08:00:00+08:00', body: technicalBody(30) }], {
      accounts: { main: { mode: 'draft' } },
    })
    const { site, summary, result } = await runPublish({ root, emu, now: '2027-04-01T07:00:00+08:00' })
    const render = result.renders.get('long')!
    expect(render.size.text).toBeGreaterThan(5_000)
    expect(render.size.htmlChars).toBeGreaterThan(20_000)
    expect(render.html).toContain('<svg')
    expect(summary).toMatchObject({ failed: 0, drafted: 1 })
    const state = (await (await fetch(`${emu.url}/__emulator/state`)).json()) as {
      calls: { path: string; errcode: number }[]
    }
    expect(state.calls.filter((c) => c.path === '/cgi-bin/draft/add')).toEqual([
      expect.objectContaining({ errcode: 0 }),
    ])
    const messages = site.articles[0]!.file.messages
    expect(messages.filter((m) => m.fatal === true).map(String)).toEqual([])
    expect(messages.filter((m) => m.ruleId === 'publish/stripped').map(String)).toEqual([])
  })
})
