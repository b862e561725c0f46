import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readImageHeader } from '../../src/render/image-header.js'
import { runCli } from '../helpers/run-cli.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('content-hash cache', () => {
  it('replays identical findings from .wxpress/cache on an unchanged site', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-cache-site-'))
    cpSync(path.join(repo, 'test', 'lint', 'sloppy.md'), path.join(root, 'content', 's', 'index.md'))
    cpSync(
      path.join(repo, 'test', 'content', 'fixtures', 'valid', 'cover.png'),
      path.join(root, 'content', 's', 'cover.png'),
    )
    const first = await runCli(['check', '--format', 'json', '--now=2027-01-01T00:00:00Z'], root)
    const packs = readdirSync(path.join(root, '.wxpress', 'cache'))
    expect(packs).toHaveLength(1)
    expect(readFileSync(path.join(root, '.wxpress', 'cache', packs[0]!), 'utf8')).toMatch(
      /^lint\t[0-9a-f]{64}\t/m,
    )
    const second = await runCli(['check', '--format', 'json', '--now=2027-01-01T00:00:00Z'], root)
    expect(second.stdout).toBe(first.stdout)
    expect(JSON.parse(second.stdout).summary.warnings).toBeGreaterThan(5)
  })
})

describe('image headers', () => {
  it('reads PNG and JPEG sizes without decoding', () => {
    expect(readImageHeader(readFileSync(path.join(repo, 'content', 'spring-meetup', 'cover.png')))).toEqual({
      format: 'png',
      width: 900,
      height: 383,
    })
    expect(
      readImageHeader(readFileSync(path.join(repo, 'content', 'spring-meetup', 'images', 'venue.jpg'))),
    ).toEqual({ format: 'jpeg', width: 800, height: 450 })
    expect(readImageHeader(Buffer.from('GIF89a'))).toBeUndefined()
  })
})

describe('cache packs', () => {
  const open = async (dir: string, options?: { compact?: boolean }) =>
    (await import('../../src/cache/create-cache.js')).createCache(dir, options)
  const packsIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.pack'))

  it('reads its own writes at once, writes one pack per flush, and another instance reads it back', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-pack-')), 'cache')
    const one = await open(dir)
    const value = { html: '<p>a\tb\nc</p>', n: 1 }
    await one.set('render', 'k1', value)
    value.n = 2 // the cache keeps what was set
    expect(await one.get('render', 'k1')).toEqual({ html: '<p>a\tb\nc</p>', n: 1 })
    await one.set('lint', 'k1', [])
    await one.flush()
    await one.flush() // nothing new: no second pack
    expect(packsIn(dir)).toHaveLength(1)
    expect(one.stats.writes).toBe(2)
    const two = await open(dir)
    expect(await two.get('render', 'k1')).toEqual({ html: '<p>a\tb\nc</p>', n: 1 })
    expect(await two.has('lint', 'k1')).toBe(true)
    expect(await two.get('render', 'k2')).toBeUndefined()
    expect(two.stats).toEqual({ hits: 1, misses: 1, writes: 0 })
  })

  it('sees packs written later only after refresh, and merges many packs into one', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-pack-')), 'cache')
    const main = await open(dir)
    expect(await main.get('render', 'a0')).toBeUndefined()
    const helper = await open(dir, { compact: false })
    for (let i = 0; i < 20; i++) {
      await helper.set('render', `a${i}`, { i })
      await helper.flush()
    }
    expect(packsIn(dir)).toHaveLength(20) // a helper never merges
    expect(await main.get('render', 'a0')).toBeUndefined()
    expect(main.refresh()).toBe(true)
    expect(main.refresh()).toBe(false)
    expect(await main.get('render', 'a19')).toEqual({ i: 19 })
    await main.set('render', 'b', 'mine')
    await main.flush()
    expect(packsIn(dir)).toHaveLength(1)
    const later = await open(dir)
    for (let i = 0; i < 20; i++) expect(await later.get('render', `a${i}`)).toEqual({ i })
    expect(await later.get('render', 'b')).toBe('mine')
  })

  it('takes damaged or foreign packs and entries as misses', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-pack-')), 'cache')
    const one = await open(dir)
    await one.set('render', 'ok', 1)
    await one.set('render', 'cut', { long: 'x'.repeat(100) })
    await one.flush()
    const [pack] = packsIn(dir)
    const text = readFileSync(path.join(dir, pack!), 'utf8')
    writeFileSync(path.join(dir, pack!), text.replace(/"x+"/, '"xx').replace(/\n$/, '')) // a torn tail
    writeFileSync(path.join(dir, 'other.pack'), 'render\tok\t2\n') // no header: not ours
    const two = await open(dir)
    expect(await two.get('render', 'ok')).toBe(1)
    expect(await two.get('render', 'cut')).toBeUndefined()
  })

  it('keeps large values (image data) in files of their own, read only when asked for', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-pack-')), 'cache')
    const one = await open(dir)
    const big = { data: 'A'.repeat(200_000) }
    await one.set('asset', 'big', big)
    await one.set('render', 'small', { html: '<p>x</p>' })
    await one.flush()
    const [pack] = packsIn(dir)
    expect(readFileSync(path.join(dir, pack!), 'utf8').length).toBeLessThan(1000)
    expect(readdirSync(path.join(dir, 'blobs'))).toEqual(['asset-big.json'])
    const two = await open(dir)
    expect(await two.has('asset', 'big')).toBe(true)
    expect(await two.get('asset', 'big')).toEqual(big)
    rmSync(path.join(dir, 'blobs'), { recursive: true })
    expect(await two.has('asset', 'big')).toBe(false)
    expect(await two.get('asset', 'big')).toBeUndefined()
    expect(await two.get('render', 'small')).toEqual({ html: '<p>x</p>' })
  })

  it('works without a writable folder (no cache, no error)', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'wxpress-pack-'))
    chmodSync(parent, 0o500)
    const one = await open(path.join(parent, 'cache'))
    await one.set('render', 'k', 1)
    await expect(one.flush()).resolves.toBeUndefined()
    expect(await one.get('render', 'k')).toBe(process.getuid?.() === 0 ? 1 : undefined)
    chmodSync(parent, 0o700)
  })
})
