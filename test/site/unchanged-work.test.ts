// The work an unchanged check does (not its time): which cache packs it reads, what their records hold.
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { types } from 'node:util'
import { VFileMessage } from 'vfile-message'
import { describe, expect, it } from 'vitest'
import { checkSite } from '../../src/site/check-site.js'
import { pendingOf } from '../../src/diagnostics/add-message.js'
import { loadSite } from '../../src/site/load-site.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const nowMs = Date.parse('2027-01-01T00:00:00Z')

function makeSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-unchanged-'))
  for (const slug of ['a', 'b']) {
    cpSync(path.join(repo, 'test', 'lint', 'sloppy.md'), path.join(root, 'content', slug, 'index.md'))
    const cover = path.join(repo, 'test', 'content', 'fixtures', 'valid', 'cover.png')
    cpSync(cover, path.join(root, 'content', slug, 'cover.png'))
  }
  return root
}

async function check(root: string, html: boolean) {
  const site = await loadSite({ root, cacheVersion: 'test' })
  const result = await checkSite(site, { nowMs, version: 'test', html })
  return { site, result }
}

/** The cache lines of `namespace` in the packs of `dir`. */
function lines(dir: string, namespace: string): string[] {
  const packs = readdirSync(dir).filter((name) => name.endsWith('.pack'))
  const all = packs.flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n'))
  return all.filter((l) => l.startsWith(`${namespace}\t`))
}

describe('an unchanged check', () => {
  it('reads no rendered HTML and no second copy of the Markdown, and reports the same findings', async () => {
    const root = makeSite()
    const cold = await check(root, true)
    const cacheDir = path.join(root, '.wxpress', 'cache')
    // the HTML is on its own shelf; content records say where the body starts instead of copying it
    expect(lines(cacheDir, 'render-html')).toEqual([])
    expect(lines(path.join(cacheDir, 'html'), 'render-html')).toHaveLength(2)
    // the main packs are ASCII (read several times faster than UTF-8), the mostly Chinese HTML is not escaped
    for (const namespace of ['content', 'lint', 'render'])
      for (const line of lines(cacheDir, namespace)) expect(line).toMatch(/^[\x00-\x7f]*$/)
    expect(lines(path.join(cacheDir, 'html'), 'render-html').join('')).toMatch(/[^\x00-\x7f]/)
    const content = lines(cacheDir, 'content')
    expect(content).toHaveLength(2)
    for (const line of content) {
      const value = JSON.parse(line.slice(line.indexOf('\t', line.indexOf('\t') + 1) + 1))
      expect(JSON.stringify(value)).toContain('frontmatter')
      expect(JSON.stringify(value)).not.toContain('今天聊聊Javascript')
    }

    const warm = await check(root, false)
    expect(warm.result.diagnostics).toEqual(cold.result.diagnostics)
    expect(warm.result.diagnostics.length).toBeGreaterThan(10)
    expect(warm.site.cache.stats.misses).toBe(0)
    expect(warm.site.cache.shelf('html').stats.packChars).toBe(0)
    expect([...warm.result.renders.values()].map((r) => [r.cached, r.html])).toEqual([
      [true, ''],
      [true, ''],
    ])
    expect(warm.site.selected.map((a) => a.markdown)).toEqual(cold.site.selected.map((a) => a.markdown))
  })

  it('reports its findings from their records, and makes messages of them only when asked (no Error constructed)', async () => {
    const root = makeSite()
    await check(root, false)
    const warm = await check(root, false)
    // the check reported them without making a single message: they wait as records
    const pending = warm.site.selected.map((a) => pendingOf(a.file)?.entries.length ?? 0)
    expect(pending.reduce((a, b) => a + b, 0)).toBe(warm.result.diagnostics.length)
    // reading the messages makes them
    const messages = warm.site.selected.flatMap((a) => a.file.messages)
    expect(messages).toHaveLength(warm.result.diagnostics.length)
    expect(messages.length).toBeGreaterThan(10)
    for (const m of messages) {
      expect(m).toBeInstanceOf(VFileMessage)
      expect(m).toBeInstanceOf(Error)
      // a constructed Error is a native error; these are made without running its constructor
      expect(types.isNativeError(m)).toBe(false)
      expect(m.stack).toBe('')
      expect(m.name).toBe(
        `${m.file}:${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}` : `${m.line ?? 1}:${m.column ?? 1}`}`,
      )
    }
  })

  it('reads the HTML shelf when the HTML is asked for, and returns what the cold run rendered', async () => {
    const root = makeSite()
    const cold = await check(root, true)
    const warm = await check(root, true)
    expect(warm.site.cache.shelf('html').stats.packChars).toBeGreaterThan(0)
    const html = (r: typeof cold) => [...r.result.renders.values()].map((x) => x.html)
    expect(html(cold)[0]).toMatch(/<section/)
    expect(html(warm)).toEqual(html(cold))
    expect([...warm.result.renders.values()].every((r) => r.cached)).toBe(true)
  })
})
