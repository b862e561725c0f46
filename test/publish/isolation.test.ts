import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadArticles } from '../../src/content/load-articles.js'
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js'
import { createLedger } from '../../src/publish/ledger.js'
import { publishPlan } from '../../src/publish/publish-plan.js'
import { redactText, redactUrl } from '../../src/publish/redact-url.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'
import { runCli } from '../helpers/run-cli.js'
import { clientFor, makeSite } from './publish-site.js'

let emu: Emulator
afterEach(async () => emu?.close())

const NOW = '2027-04-16T20:05:00+08:00'
const day = (d: number) => `2027-04-${d}T20:00:00+08:00`
const LATE_OK = { schedule: { windows: [{ start: '00:00', end: '23:59' }], maxLatenessMinutes: 10_000 } }
const ENV = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})
type Published = { published: unknown[] }
const published = () =>
  (emu.state() as { accounts: Record<string, Published> }).accounts.wx0000000000emulator!.published

describe('one bad article never stops the others', () => {
  it('odd keys, 5,000-deep quotes and lists, a FIFO cover: the healthy pushes are still sent, exit 1', async () => {
    emu = await createEmulator({ clock: NOW, settings: { publishDelayMs: 0 } })
    const root = makeSite(
      [
        {
          slug: 'keys',
          slot: day(13),
          extra: 'toString: 1\nconstructor: 2\n__proto__: 3\nhasOwnProperty: 4',
        },
        { slug: 'quotes', slot: day(14), body: `${'> '.repeat(5000)}深\n` },
        { slug: 'lists', slot: day(12), body: `${'- '.repeat(5000)}深\n` },
        { slug: 'pipe', slot: day(15) },
        { slug: 'good', slot: day(16) },
      ],
      LATE_OK,
    )
    const cover = path.join(root, 'content', 'pipe', 'cover.png')
    rmSync(cover)
    execFileSync('mkfifo', [cover])
    const r = await runCli(['publish', `--now=${NOW}`, '--mode=publish'], root, ENV())
    expect(r.code).toBe(1)
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at \S+ \(/) // no stack trace
    expect(r.stdout).toMatch(/quotes: BLOCKED/)
    expect(r.stdout).toMatch(/lists: BLOCKED/)
    expect(r.stdout).toMatch(/pipe: BLOCKED/)
    expect(r.stdout).toContain('render/too-deep')
    expect(r.stdout).toContain('image/not-regular-file')
    expect(r.stdout).toMatch(/2 sent, 0 drafted, 0 failed, 0 missed, 3 blocked/)
    expect(published()).toHaveLength(2) // keys + good
  })

  it('an unexpected exception in one push is a publish/internal error on it; the next push is sent', async () => {
    emu = await createEmulator({ clock: NOW, settings: { publishDelayMs: 0 } })
    const root = makeSite(
      [
        { slug: 'broken', slot: day(15) },
        { slug: 'good', slot: day(16) },
      ],
      LATE_OK,
    )
    const site = await loadSite({ root })
    const nowMs = Date.parse(NOW)
    const result = await checkSite(site, { nowMs, publishing: true, noCache: true })
    result.renders.delete('broken') // an impossible state: publishing it throws a TypeError
    const summary = await publishPlan({
      plan: result.plan,
      articles: site.articles,
      renders: result.renders,
      config: site.config,
      clientFor: () => clientFor(emu),
      ledger: createLedger(path.join(root, '.wxpress', 'state')),
      nowMs,
      dryRun: false,
      mode: 'publish',
      sleep: async () => undefined,
      log: () => undefined,
    })
    expect(summary.results.map((x) => x.status)).toEqual(['failed', 'sent'])
    const broken = site.articles.find((a) => a.slug === 'broken')!
    expect(broken.file.messages.find((m) => m.ruleId === 'publish/internal')?.reason).toMatch(
      /failed unexpectedly: .+/,
    )
  })
})

describe('loading', () => {
  it('an exception while loading one article is content/internal on it; the others load', async () => {
    const root = makeSite(
      [
        { slug: 'a', slot: day(15) },
        { slug: 'b', slot: day(16) },
      ],
      LATE_OK,
    )
    const { config } = await loadSite({ root })
    let thrown = false
    const tricky = new Proxy(config, {
      get(target, key, receiver) {
        if (key === 'limits' && !thrown) {
          thrown = true
          throw new Error('boom')
        }
        return Reflect.get(target, key, receiver)
      },
    })
    const articles = await loadArticles({ root, contentDir: path.join(root, 'content'), config: tricky })
    const failed = articles.filter((a) => a.file.messages.some((m) => m.ruleId === 'content/internal'))
    expect(failed).toHaveLength(1)
    expect(failed[0]!.file.messages[0]!.reason).toBe('Loading the article failed unexpectedly: boom')
    expect(articles.filter((a) => a.readable)).toHaveLength(1)
  })
})

describe('WECHAT_API_BASE', () => {
  it('an invalid base is a clear usage error (exit 2), never a stack trace', async () => {
    emu = await createEmulator({ clock: NOW })
    const root = makeSite([{ slug: 'good', slot: day(16) }], LATE_OK)
    const r = await runCli(['publish', `--now=${NOW}`], root, { ...ENV(), WECHAT_API_BASE: 'not a url' })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/WECHAT_API_BASE is not a URL: "not a url"/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('credentials in the base URL are refused and never printed', async () => {
    emu = await createEmulator({ clock: NOW })
    const root = makeSite([{ slug: 'good', slot: day(16) }], LATE_OK)
    const base = emu.url.replace('http://', 'http://user:hunter2@')
    const r = await runCli(['publish', `--now=${NOW}`], root, { ...ENV(), WECHAT_API_BASE: base })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('http://***:***@127.0.0.1')
    expect(r.stdout + r.stderr).not.toContain('hunter2')
    expect(published()).toHaveLength(0)
  })

  it('redacts userinfo and secret-like query parameters', () => {
    expect(redactUrl('https://u:p@api.example.com/x?access_token=abc&secret=s&a=1')).toBe(
      'https://***:***@api.example.com/x?access_token=***&secret=***&a=1',
    )
    expect(redactText('fetch http://bob:pw@h/p?appsecret=zz failed')).toBe(
      'fetch http://***@h/p?appsecret=*** failed',
    )
  })
})
