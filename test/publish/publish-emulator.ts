/**
 * The emulator the publisher tests send to (a test `start`s it; each file closes `emu` after each test),
 * what they read of its state and of the ledger, and a push of two articles at the slot.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { makeSite } from './publish-site.js'

type State = {
  accounts: Record<
    string,
    {
      drafts: unknown[]
      massSends: { clientmsgid: string | null; tag_id: number | null }[]
      images: unknown[]
      materials: unknown[]
      published: unknown[]
    }
  >
  calls: { path: string; errcode: number }[]
}

/** The emulator `start` made last (a live binding). */
export let emu: Emulator

export const SLOT = '2027-04-15T20:00:00+08:00'
export const AT_SLOT = '2027-04-15T20:05:00+08:00'

export async function start(clock = AT_SLOT, settings = {}) {
  emu = await createEmulator({ clock, tags: ['技术读者'], settings: { publishDelayMs: 0, ...settings } })
  return emu
}
export const state = () => emu.state() as State
export const account = () => state().accounts.wx0000000000emulator!
export const count = (p: string, code = 0) =>
  state().calls.filter((c) => c.path === p && c.errcode === code).length
export const ledger = (root: string, slug: string) =>
  JSON.parse(readFileSync(path.join(root, '.wxpress', 'state', `${slug}.json`), 'utf8'))

export const twoInOnePush = () =>
  makeSite([
    { slug: 'head', slot: SLOT, order: 1 },
    { slug: 'second', slot: SLOT, order: 2 },
  ])
