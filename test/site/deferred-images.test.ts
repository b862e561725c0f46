// The work a check does on an image that needs converting (not its time): none of the conversion.
// A check reads what the image is from its header; render and publish make the bytes.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'
import { renderSite } from '../../src/site/render-site.js'

const nowMs = Date.parse('2027-01-01T00:00:00Z')

/** A PNG of random RGB pixels: it does not compress, so 620×620 is over 1 MB. */
function noisyPng(side: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), body.length + 4)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(side, 0)
  ihdr.writeUInt32BE(side, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  let seed = 7 // xorshift32: random bytes do not compress
  const raw = Buffer.alloc(side * (side * 3 + 1))
  for (let i = 0; i < raw.length; i++) {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    raw[i] = i % (side * 3 + 1) === 0 ? 0 : seed & 255
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function makeSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-deferred-'))
  const dir = path.join(root, 'content', 'photo')
  mkdirSync(path.join(dir, 'images'), { recursive: true })
  const png = noisyPng(620)
  expect(png.byteLength).toBeGreaterThan(1024 * 1024)
  writeFileSync(path.join(dir, 'images', 'big.png'), png)
  writeFileSync(path.join(dir, 'index.md'), '---\ntitle: 照片\n---\n\n正文。\n\n![照片](images/big.png)\n')
  return root
}

/** The cache lines of `namespace` (converted images: `image`, their bytes: `asset`). */
function lines(root: string, namespace: string): string[] {
  const dir = path.join(root, '.wxpress', 'cache')
  const packs = readdirSync(dir).filter((name) => name.endsWith('.pack'))
  const all = packs.flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n'))
  return all.filter((l) => l.startsWith(`${namespace}\t`))
}

const messages = (site: Awaited<ReturnType<typeof loadSite>>) =>
  site.selected.flatMap((a) => a.file.messages.map((m) => `${m.ruleId}: ${m.reason}`))

describe('an image over 1 MB', () => {
  it('is not converted by a check, which says it will be; a render after it converts it', async () => {
    const root = makeSite()
    const checked = await loadSite({ root, cacheVersion: 'test' })
    await checkSite(checked, { nowMs, version: 'test', html: false })
    expect(messages(checked)).toContain(
      'image/converted: Image images/big.png will be converted for WeChat: png 620×620, 1127 KB → JPEG/PNG ≤ 1 MB on render',
    )
    expect(lines(root, 'image')).toEqual([])
    expect(lines(root, 'asset')).toEqual([])

    // the check's cached render has no bytes and a stand-in file name: a render converts the image
    // then, and gives what rendering afresh gives
    const site = await loadSite({ root, cacheVersion: 'test' })
    const rendered = (await renderSite(site, { version: 'test' })).results.get('photo')!
    expect(lines(root, 'image')).toHaveLength(1)
    const image = rendered.images[0]!
    expect([image.transformed, image.deferred, image.data.byteLength > 0]).toEqual([true, undefined, true])
    const fresh = await loadSite({ root: makeSite(), cacheVersion: 'test' })
    const alone = (await renderSite(fresh, { version: 'test', noCache: true })).results.get('photo')!
    expect(rendered.html).toBe(alone.html)
    expect(rendered.html).toContain(`src="${image.file}"`)
    expect(rendered.size).toEqual(alone.size)
    expect({ ...image, data: [] }).toEqual({ ...alone.images[0]!, data: [] })
    const converted = messages(site).filter((m) => m.startsWith('image/converted'))
    expect(converted).toEqual(messages(fresh).filter((m) => m.startsWith('image/converted')))
    expect(converted[0]).toMatch(/→ (JPEG|PNG) 620×620/)

    // the render is kept whole: a second render converts nothing more and restores the same
    const again = await loadSite({ root, cacheVersion: 'test' })
    const second = (await renderSite(again, { version: 'test' })).results.get('photo')!
    expect([second.cached, second.html]).toEqual([true, alone.html])
    expect(messages(again)).toEqual(messages(fresh))
    expect(lines(root, 'image')).toHaveLength(1)

    // and a check after it says what the render made
    const rechecked = await loadSite({ root, cacheVersion: 'test' })
    await checkSite(rechecked, { nowMs, version: 'test', html: false })
    expect(messages(rechecked).filter((m) => m.startsWith('image/converted'))).toEqual(converted)
  })
})
