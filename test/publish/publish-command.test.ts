import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'
import { AT_SLOT, emu, SLOT, start, state, twoInOnePush } from './publish-emulator.js'

afterEach(async () => emu?.close())

describe('wxpress publish (CLI)', () => {
  it('--dry-run prints the calls and makes none', async () => {
    await start()
    const root = twoInOnePush()
    const r = await runCli(['publish', '--dry-run', `--now=${AT_SLOT}`], root, { WECHAT_API_BASE: emu.url })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('would call POST /cgi-bin/draft/add  articles=2 ')
    expect(r.stdout).toContain('would call POST /cgi-bin/message/mass/sendall')
    expect(state().calls).toEqual([])
  })

  it('refuses to run without credentials (exit 2) and publishes with them', async () => {
    await start()
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const none = await runCli(['publish', `--now=${AT_SLOT}`], root, { WECHAT_API_BASE: emu.url })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/missing credentials/)
    const ok = await runCli(['publish', `--now=${AT_SLOT}`], root, {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    })
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(/1 sent, 0 drafted, 0 failed/)
    expect(ok.stdout + ok.stderr).not.toContain('emulator-secret')
  })
})
