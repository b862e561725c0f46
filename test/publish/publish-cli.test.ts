import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'

let emu: Emulator
afterEach(async () => emu?.close())

const SLOT = '2027-04-15T20:00:00+08:00'
const AT_SLOT = '2027-04-15T20:05:00+08:00'
const ENV = (secret = 'emulator-secret') => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: secret,
})
const calls = (p: string) =>
  (emu.state() as { calls: { path: string }[] }).calls.filter((c) => c.path === p).length
const lockFile = (root: string) => path.join(root, '.wxpress', 'locks', 'main.lock')
const holder = (pid: number, startedAt = new Date().toISOString()) =>
  JSON.stringify({ pid, hostname: hostname(), startedAt, token: 'abc' })

describe('exit codes', () => {
  it('a missed push exits 1 (also in a dry run)', async () => {
    emu = await createEmulator({ clock: '2027-04-16T09:00:00+08:00' })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    for (const extra of [[], ['--dry-run']]) {
      const r = await runCli(['publish', '--now=2027-04-16T09:00:00+08:00', ...extra], root, ENV())
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/one: missed, not sent/)
      expect(r.stdout).toMatch(/1 missed, 0 blocked/)
    }
  })

  it('a due blocked push exits 1 (also in a dry run); a blocked future push alone does not fail publish', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    const root = makeSite([{ slug: 'bad', slot: SLOT, extra: 'mode: nonsense' }])
    for (const extra of [[], ['--dry-run']]) {
      const r = await runCli(['publish', `--now=${AT_SLOT}`, ...extra], root, ENV())
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/bad: BLOCKED by 1 error\(s\), not sent — `mode`/)
    }
    const early = await runCli(['publish', '--now=2027-04-14T10:00:00+08:00'], root, ENV())
    expect(early.stdout).toMatch(/0 missed, 1 blocked/)
    expect(early.code).toBe(0)
    // the errors printed above it do not fail this run: the line says what happens at the slot
    expect(early.stdout).toMatch(/^1 blocked push\(es\) not due yet: fix the errors above before the slot/m)
    const due = await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())
    expect(due.stdout).not.toMatch(/not due yet/)
    // a day past its window it can never go out: no longer a reason to fail every run (as an old miss)
    const old = await runCli(['publish', '--now=2027-04-17T09:00:00+08:00'], root, ENV())
    expect(old.stdout).toMatch(/0 missed, 1 blocked/)
    expect(old.code).toBe(0)
  })
})

describe('remote images', () => {
  it('one that cannot be fetched is a warning in check, not cached, and blocks its push at publish', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    const body = '正文第一段。\n\n![远程](http://127.0.0.1:9/photo.png)\n'
    const root = makeSite([{ slug: 'one', slot: SLOT, body }])
    const check = await runCli(['check', '--format=json', `--now=${AT_SLOT}`], root)
    const found = JSON.parse(check.stdout).diagnostics.find(
      (d: { ruleId: string }) => d.ruleId === 'image/remote-unavailable',
    )
    expect(found?.severity).toBe('warning')
    const r = await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/one: BLOCKED by 1 error\(s\), not sent/)
    expect(calls('/cgi-bin/message/mass/sendall')).toBe(0)
    expect(calls('/cgi-bin/draft/add')).toBe(0)
  })
})

describe('dry run', () => {
  it('says "would send" with the call list, never "sent (msg_id 0)"', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const r = await runCli(['publish', '--dry-run', `--now=${AT_SLOT}`], root, ENV())
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/msg_id 0/)
    expect(r.stdout).toMatch(/would call POST \/cgi-bin\/message\/mass\/sendall/)
    expect(r.stdout).toMatch(/→ .*would send \(message\/mass\/sendall\)/)
    expect(r.stdout).toMatch(/Dry run: 1 push\(es\) would be sent/)
    expect(existsSync(path.join(root, '.wxpress', 'state'))).toBe(false)
  })
})

describe('credentials', () => {
  it('a wrong secret is reported once per run (40125), not once per push', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    const root = makeSite(
      [
        { slug: 'a', slot: '2027-04-14T20:00:00+08:00' },
        { slug: 'b', slot: SLOT },
      ],
      {
        schedule: { windows: [{ start: '00:00', end: '23:59' }], maxLatenessMinutes: 3000 },
      },
    )
    const r = await runCli(['publish', `--now=${AT_SLOT}`, '--mode=publish'], root, ENV('wrong'))
    expect(r.code).toBe(1)
    expect(calls('/cgi-bin/stable_token')).toBe(1)
    expect(r.stdout.match(/publish\/wechat-40125/g)).toHaveLength(1)
    expect(r.stdout).toMatch(/b: not attempted — account `main` could not get a token/)
    expect(r.stdout).not.toContain('wrong')
  })
})

describe('the publish lock', () => {
  it('a live publisher holds it: exit 1 "another publish is running (pid …)", nothing done', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    mkdirSync(path.dirname(lockFile(root)), { recursive: true })
    writeFileSync(lockFile(root), holder(process.pid))
    const r = await runCli(['publish', `--now=${AT_SLOT}`, '--lock-wait=1'], root, ENV())
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`another publish is running (pid ${process.pid} on ${hostname()}`)
    expect(emu.state()).toMatchObject({ calls: [] })
  })

  it('the lock of a killed run is taken over; so is one older than --lock-max-age', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'])
    const pid = child.pid!
    await new Promise((r) => child.once('spawn', r))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    mkdirSync(path.dirname(lockFile(root)), { recursive: true })
    writeFileSync(lockFile(root), holder(pid))
    const r = await runCli(['publish', `--now=${AT_SLOT}`, '--lock-wait=5'], root, ENV())
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.stderr).toContain(`took over a stale publish lock of account \`main\` (pid ${pid}`)
    expect(existsSync(lockFile(root))).toBe(false) // released at the end
    expect(readFileSync(path.join(root, '.wxpress', 'locks', '.gitignore'), 'utf8')).toBe('*\n')
    writeFileSync(lockFile(root), holder(process.pid, '2020-01-01T00:00:00Z')) // alive, but ancient
    const old = await runCli(
      ['publish', `--now=${AT_SLOT}`, '--lock-wait=0', '--lock-max-age=60'],
      root,
      ENV(),
    )
    expect(old.code, old.stdout + old.stderr).toBe(0)
    expect(old.stdout).toMatch(/already sent/)
  })

  it('an empty or garbage lock is taken over once older than --lock-max-age by its mtime; a younger one blocks, named (trial-1 #2)', async () => {
    emu = await createEmulator({ clock: AT_SLOT })
    const root = makeSite([{ slug: 'one', slot: SLOT }])
    mkdirSync(path.dirname(lockFile(root)), { recursive: true })
    const threeHoursAgo = (Date.now() - 3 * 3_600_000) / 1000
    for (const garbage of ['', 'garbage{']) {
      writeFileSync(lockFile(root), garbage)
      const young = await runCli(['publish', `--now=${AT_SLOT}`, '--lock-wait=0'], root, ENV())
      expect(young.code).toBe(1)
      expect(young.stderr).toContain(
        'the publish lock .wxpress/locks/main.lock of account `main` cannot be read',
      )
      expect(young.stderr).toContain('older than --lock-max-age (120 minutes, at ')
      // times in the site's zone, as everywhere else (retest NEW2), not raw UTC
      expect(young.stderr).toMatch(/at \d{4}-\d{2}-\d{2} \d{2}:\d{2} [A-Z][a-z]{2}\)/)
      expect(young.stderr).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/)
      expect(young.stderr).toContain('delete .wxpress/locks/main.lock')
      expect(young.stderr).not.toContain('taken over automatically')
      expect(readFileSync(lockFile(root), 'utf8')).toBe(garbage)
      utimesSync(lockFile(root), threeHoursAgo, threeHoursAgo)
      const args = ['publish', `--now=${AT_SLOT}`, '--lock-wait=0', '--lock-max-age=1']
      const old = await runCli(args, root, ENV())
      expect(old.code, old.stdout + old.stderr).toBe(0)
      expect(old.stderr).toContain(
        'took over the unreadable publish lock .wxpress/locks/main.lock of account `main`',
      )
      expect(existsSync(lockFile(root))).toBe(false)
    }
    expect(calls('/cgi-bin/message/mass/sendall')).toBe(1)
  })
})
