/**
 * The emulator the ledger tests publish to (a test `start`s it; each file closes `emu` after each test),
 * the CLI's credentials for it, and what the tests read of its state and of the ledger files.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'

/** The emulator `start` made last (a live binding). */
export let emu: Emulator

export const SLOT = '2027-04-15T20:00:00+08:00'
export const AT_SLOT = '2027-04-15T20:05:00+08:00'
export const ENV = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
type Account = { drafts: unknown[]; published: unknown[]; massSends: unknown[] }
export const account = () =>
  (emu.state() as { accounts: Record<string, Account> }).accounts.wx0000000000emulator!
export const calls = (p: string) =>
  (emu.state() as { calls: { path: string }[] }).calls.filter((c) => c.path === p).length
export const file = (root: string, slug: string) => path.join(root, '.wxpress', 'state', `${slug}.json`)
export const ledger = (root: string, slug: string) => JSON.parse(readFileSync(file(root, slug), 'utf8'))

export async function start(clock = AT_SLOT, settings = {}) {
  emu = await createEmulator({ clock, settings: { publishDelayMs: 0, ...settings } })
}
