// The work a check does on a photo used as it is (not its time): it reads its header, never the whole
// file, and hashes nothing; a render after it gives what rendering afresh gives.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it, vi } from 'vitest'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'
import { renderSite } from '../../src/site/render-site.js'

// counts whole-file reads of photos (`readFileSync`) and the bytes read by descriptor (headers)
const reads = vi.hoisted(() => ({ whole: [] as string[], bytes: 0 }))
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>()
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (String(file).endsWith('.jpg')) reads.whole.push(path.basename(String(file)))
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest)
  }) as typeof fs.readFileSync
  const readSync = ((...args: Parameters<typeof fs.readSync>) => {
    const n = fs.readSync(...args)
    reads.bytes += n
    return n
  }) as typeof fs.readSync
  return { ...fs, default: { ...fs, readFileSync, readSync }, readFileSync, readSync }
})

const nowMs = Date.parse('2027-01-01T00:00:00Z')

/** A JPEG's header (SOI, SOF0 640×480), scan data and EOI, `size` bytes: no decoder reads it here. */
function photo(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size)
  out.set([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03], 0)
  for (let i = 20; i < size - 2; i++) out[i] = (i * seed) & 0xff
  out.set([0xff, 0xd9], size - 2) // it ends whole (see `image/truncated`)
  return out
}

async function makeSite(body: string): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-stand-in-'))
  const dir = path.join(root, 'content', 'trip')
  mkdirSync(path.join(dir, 'images'), { recursive: true })
  writeFileSync(path.join(dir, 'images', 'lake.jpg'), photo(300_000, 7))
  copyFileSync(path.join(dir, 'images', 'lake.jpg'), path.join(dir, 'images', 'same-lake.jpg'))
  writeFileSync(path.join(dir, 'images', 'hill.jpg'), photo(200_000, 11))
  writeFileSync(path.join(dir, 'index.md'), `---\ntitle: 旅行\n---\n\n正文。\n\n${body}\n`)
  await sleep(1100) // older than the racy second
  return root
}

const render = async (root: string, noCache = false) =>
  (
    await renderSite(await loadSite({ root, cacheVersion: 'test' }), { version: 'test', noCache })
  ).results.get('trip')!
const plain = (r: Awaited<ReturnType<typeof render>>) => ({
  html: r.html,
  size: r.size,
  images: r.images.map((i) => ({ ...i, data: [...i.data].length })),
})

const BODY = '![湖](images/lake.jpg)\n\n![山](images/hill.jpg)\n\n![湖](images/lake.jpg)'

describe('a photo used as it is', () => {
  it('is read by its header in a check; a render after it gives what a render alone gives', async () => {
    const root = await makeSite(BODY)
    reads.whole.length = 0
    reads.bytes = 0
    const checked = await loadSite({ root, cacheVersion: 'test' })
    const result = await checkSite(checked, { nowMs, version: 'test', html: false })
    expect(reads.whole).toEqual([])
    // a header and the last bytes (image-ending.ts) for each of the three references
    expect(reads.bytes).toBeLessThanOrEqual(3 * (64 * 1024 + 64))
    expect(result.renders.get('trip')!.images.map((i) => [i.source, i.bytes, i.width, i.deferred])).toEqual([
      ['content/trip/images/lake.jpg', 300_000, 640, true],
      ['content/trip/images/hill.jpg', 200_000, 640, true],
    ])
    // an unchanged check takes the photos on their stat
    const again = await loadSite({ root, cacheVersion: 'test' })
    const replayed = await checkSite(again, { nowMs, version: 'test', html: false })
    expect(replayed.diagnostics).toEqual(result.diagnostics)
    expect(again.cache.stats.writes).toBe(0) // all replayed: nothing rendered again
    expect(reads.whole).toEqual([])

    // the render restores the check's and reads each photo once, for its hash and its bytes
    const after = await render(root)
    expect(after.cached).toBe(true)
    expect(reads.whole.sort()).toEqual(['hill.jpg', 'lake.jpg'])
    const alone = await render(await makeSite(BODY), true)
    expect(plain(after)).toEqual(plain(alone))
    expect(after.images[0]!.file).toMatch(/^assets\/[0-9a-f]{64}\.jpg$/)

    // an edited photo is seen by the next check and render
    writeFileSync(path.join(root, 'content', 'trip', 'images', 'hill.jpg'), photo(200_000, 13))
    await sleep(1100)
    await checkSite(await loadSite({ root, cacheVersion: 'test' }), { nowMs, version: 'test', html: false })
    const edited = await render(root)
    expect(edited.images[1]!.hash).not.toBe(after.images[1]!.hash)
    expect(plain(edited)).toEqual(plain(await render(root, true)))
  })

  it('under two names: a render after the check plans it once, as a render alone', async () => {
    const body = '![湖](images/lake.jpg)\n\n![湖](images/same-lake.jpg)'
    const root = await makeSite(body)
    const result = await checkSite(await loadSite({ root, cacheVersion: 'test' }), {
      nowMs,
      version: 'test',
      html: false,
    })
    expect(result.renders.get('trip')!.images).toHaveLength(2)
    const after = await render(root)
    expect(after.images).toHaveLength(1)
    expect(plain(after)).toEqual(plain(await render(root, true)))
  })
})
