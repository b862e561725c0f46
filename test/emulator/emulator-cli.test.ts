import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { cliBin } from '../helpers/cli-bin.js'

describe('wxpress emulator (the real process)', () => {
  it('prints its URL first, serves the classic token, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [cliBin, 'emulator', '--port', '0', '--clock', '2027-03-03T12:00:00Z'],
      {
        env: { ...process.env, WECHAT_APP_ID: 'wxcli', WECHAT_APP_SECRET: 'cli-secret' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const first = await new Promise<string>((resolve) =>
      createInterface({ input: child.stdout! }).once('line', resolve),
    )
    expect(first).toMatch(/^wxpress emulator listening on http:\/\/127\.0\.0\.1:\d+$/)
    const url = first.replace('wxpress emulator listening on ', '')
    const ok = (await (
      await fetch(`${url}/cgi-bin/token?grant_type=client_credential&appid=wxcli&secret=cli-secret`)
    ).json()) as Record<string, unknown>
    expect(Object.keys(ok).sort()).toEqual(['access_token', 'expires_in'])
    const wrong = (await (
      await fetch(`${url}/cgi-bin/token?grant_type=client_credential&appid=wxcli&secret=nope`)
    ).json()) as Record<string, unknown>
    expect(wrong.errcode).toBe(40125)
    const state = (await (await fetch(`${url}/__emulator/state`)).json()) as { now: string }
    expect(state.now.slice(0, 16)).toBe('2027-03-03T12:00')
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
  })
})
