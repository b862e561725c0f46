import { renameSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite, runPublish } from '../publish/publish-site.js'

let emu: Emulator | undefined
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const LATER = '2027-04-18T09:00:00+08:00'

describe('stats on an article renamed after its send', () => {
  it('gives publish’s advice (move the ledger), never "publish rebuilds it"', async () => {
    emu = await createEmulator({ clock: AT_SLOT, settings: { publishDelayMs: 0 } })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    expect((await runPublish({ root, emu, now: AT_SLOT })).summary.sent).toBe(1)
    renameSync(path.join(root, 'content', 'one'), path.join(root, 'content', 'one-rust'))
    emu.setClock(Date.parse(LATER))
    const env = {
      WECHAT_API_BASE: emu.url,
      WECHAT_APP_ID: 'wx0000000000emulator',
      WECHAT_APP_SECRET: 'emulator-secret',
    }
    const r = await runCli(['stats', '--format=json', `--now=${LATER}`], root, env)
    const problems = JSON.parse(r.stdout).problems as { slug: string; hint: string }[]
    const hint = problems.find((p) => p.slug === 'one-rust')?.hint ?? ''
    expect(hint).toContain('git mv .wxpress/state/one.json .wxpress/state/one-rust.json')
    expect(hint).not.toContain('reconciliation rebuilds it')
    // and publish says the same
    const published = await runCli(['publish', `--now=${LATER}`], root, env)
    const said = published.stdout + published.stderr
    expect(said).toContain('publish/renamed-after-send')
    expect(said).toContain('git mv .wxpress/state/one.json .wxpress/state/one-rust.json')
  })
})
