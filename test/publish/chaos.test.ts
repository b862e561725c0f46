/**
 * Real processes, real HTTP: publishers SIGKILLed after a random call, with errcodes, answers lost
 * after the work and slow freepublish tasks, then rerun — every push goes out exactly once. Also:
 * corrupt ledgers block, and two publishers at once never both send. Deterministic (seeded), no real
 * waiting: `--now`, the emulator clock and `--poll 0`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { runCliProcess } from '../helpers/cli-process.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const LATER = '2027-04-15T20:25:00+08:00'
const TRIALS_PER_MODE = 6

/** mulberry32: a small seeded PRNG. */
function random(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  }
}

type Dump = {
  accounts: Record<string, { published: unknown[]; massSends: unknown[] }>
  calls: { answerLost?: boolean }[]
}
const env = (emu: Emulator) => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
const account = (emu: Emulator) => (emu.state() as Dump).accounts.wx0000000000emulator!
const ledger = (root: string, slug: string) =>
  JSON.parse(readFileSync(path.join(root, '.wxpress', 'state', `${slug}.json`), 'utf8'))
const faults = (emu: Emulator, body: unknown) =>
  fetch(`${emu.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify(body) })

describe('chaos: random SIGKILLs, faults and reruns', () => {
  it(`${TRIALS_PER_MODE * 2} trials across publish and broadcast: every push sent exactly once`, async () => {
    // seed 3: 10 of the 12 trials kill a publisher (after calls 1–8), 7 answers are lost
    const rnd = random(3)
    const summary = { killed: 0, answerLost: 0, corrupt: 0 }
    for (let trial = 0; trial < TRIALS_PER_MODE * 2; trial++) {
      const mode = trial % 2 === 0 ? 'publish' : 'broadcast'
      const send = mode === 'publish' ? 'freepublish/submit' : 'message/mass/sendall'
      const emu = await createEmulator({
        clock: AT_SLOT,
        settings: { publishDelayMs: rnd.pick([0, 0, 10 * 60_000]) },
      })
      try {
        const two = rnd.int(2) === 1
        const root = makeSite(
          two
            ? [
                { slug: 'head', slot: SLOT, order: 1 },
                { slug: 'second', slot: SLOT, order: 2 },
              ]
            : [{ slug: 'head', slot: SLOT }],
          {
            accounts: { main: { kind: 'subscription', mode } },
          },
        )
        await faults(emu, {
          failNext:
            rnd.int(3) === 0
              ? [
                  {
                    path: rnd.pick(['draft/add', 'media/uploadimg', send]),
                    errcode: rnd.pick([-1, 45009]),
                    times: 1,
                  },
                ]
              : [],
          answerLost:
            rnd.int(2) === 0
              ? [{ path: rnd.pick(['draft/add', 'material/add_material', send]), times: 1 }]
              : [],
        })
        const label = `trial ${trial} (${mode}${two ? ', 2 articles' : ''})`
        const killAfter = 1 + rnd.int(8)
        const first = await runCliProcess(['publish', `--now=${AT_SLOT}`, '--poll=0'], root, {
          ...env(emu),
          WXPRESS_TEST_KILL_AFTER_CALL: String(killAfter),
        })
        if (first.signal === 'SIGKILL') summary.killed++
        else expect(first.stderr, label).not.toMatch(/internal error/)
        // later cron runs: the emulator clock moves on (slow tasks finish), still within the lateness window
        let last = { code: -1, stdout: '', stderr: '' }
        for (let rerun = 0; rerun < 3; rerun++) {
          const now = new Date(Date.parse(LATER) + rerun * 15 * 60_000).toISOString()
          emu.setClock(Date.parse(now))
          last = await runCli(['publish', `--now=${now}`, '--poll=0'], root, env(emu))
          if (ledger(root, 'head').state === 'sent') break
        }
        const state = account(emu)
        summary.answerLost += (emu.state() as Dump).calls.filter((c) => c.answerLost).length
        expect(state.published.length + state.massSends.length, `${label}: ${last.stdout}`).toBe(1)
        expect(mode === 'publish' ? state.published : state.massSends, label).toHaveLength(1)
        expect(
          ledger(root, 'head').state,
          `${label}: ${first.signal} after ${killAfter}\n${first.stdout}\n${last.stdout}`,
        ).toBe('sent')
        if (two) expect(ledger(root, 'second').state, label).toBe('sent')
        expect(last.code, `${label}: ${last.stdout}`).toBe(0)
        if (trial % 4 === 3) {
          // a corrupt ledger afterwards: blocked with an error, nothing sent again
          summary.corrupt++
          const file = path.join(root, '.wxpress', 'state', 'head.json')
          const text = readFileSync(file, 'utf8')
          writeFileSync(
            file,
            rnd.int(2) ? text.slice(0, rnd.int(text.length)) : `<<<<<<< HEAD\n${text}=======\n>>>>>>> main\n`,
          )
          const blocked = await runCli(['publish', `--now=${LATER}`, '--poll=0'], root, env(emu))
          expect(blocked.code, label).toBe(1)
          expect(blocked.stdout, label).toContain('publish/ledger-unreadable')
          expect(account(emu).published.length + account(emu).massSends.length, label).toBe(1)
        }
      } finally {
        await emu.close()
      }
    }
    // the trials did exercise what they claim to
    // (half the trials kill a publisher, a quarter lose an answer)
    expect(summary.killed).toBeGreaterThanOrEqual(TRIALS_PER_MODE)
    expect(summary.answerLost).toBeGreaterThanOrEqual(TRIALS_PER_MODE / 2)
    expect(summary.corrupt).toBe(Math.floor((TRIALS_PER_MODE * 2) / 4))
  }, 180_000)
})

describe('one publisher at a time', () => {
  it('two publish processes at once: exactly one send per push', async () => {
    for (const mode of ['publish', 'broadcast'] as const) {
      const emu = await createEmulator({ clock: AT_SLOT, settings: { publishDelayMs: 0 } })
      try {
        await faults(emu, { delayMs: 30 }) // every call a little slow: the runs overlap
        const root = makeSite(
          [
            { slug: 'head', slot: SLOT, order: 1 },
            { slug: 'second', slot: SLOT, order: 2 },
          ],
          {
            accounts: { main: { kind: 'subscription', mode } },
          },
        )
        const runs = await Promise.all(
          [0, 1].map(() => runCliProcess(['publish', `--now=${AT_SLOT}`], root, env(emu))),
        )
        const state = account(emu)
        expect(
          state.published.length + state.massSends.length,
          runs.map((r) => r.stdout + r.stderr).join('\n'),
        ).toBe(1)
        expect(runs.map((r) => r.code)).toEqual([0, 0])
        expect(runs.some((r) => /already sent/.test(r.stdout))).toBe(true)
        // the second waited for the lock and then found the push sent: it never even fetched a token
        const tokens = (emu.state() as { calls: { path: string }[] }).calls.filter(
          (c) => c.path === '/cgi-bin/stable_token',
        )
        expect(tokens).toHaveLength(1)
      } finally {
        await emu.close()
      }
    }
  }, 60_000)
})
