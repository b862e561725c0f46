// A truncated image (an interrupted download or copy) is an error on its reference in a check (which
// reads only the header and the last bytes of a photo), from the cache too, and in a render; a fixed
// file clears it. Valid images, with bytes after their end too, are not flagged.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'
import { renderSite } from '../../src/site/render-site.js'

const nowMs = Date.parse('2027-01-01T00:00:00Z')
const content = path.resolve(import.meta.dirname, '../../content/autumn-noodles')
const bowl = readFileSync(path.join(content, 'images/bowl.jpg'))
const cover = readFileSync(path.join(content, 'cover.png'))
const half = (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2))

/** A PNG of random pixels (it does not compress): 170×170 is ≈ 87 KB, over a check's 64 KB header read. */
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
  let seed = 7
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

/** The photo with two comment segments before its scan: over 64 KB, its header still in the first bytes. */
function bigJpeg(): Buffer {
  const sos = bowl.indexOf(Buffer.from([0xff, 0xda]))
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0xff, 0xff]), Buffer.alloc(65533, 0x20)])
  return Buffer.concat([bowl.subarray(0, sos), comment, comment, bowl.subarray(sos)])
}

function makeSite(): { root: string; dir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-truncated-'))
  const dir = path.join(root, 'content', 'photos')
  mkdirSync(path.join(dir, 'images'), { recursive: true })
  const big = bigJpeg()
  const png = noisyPng(170)
  expect([big.length > 65536, png.length > 65536]).toEqual([true, true])
  writeFileSync(path.join(dir, 'cover.png'), half(cover))
  writeFileSync(path.join(dir, 'images', 'cut.jpg'), half(bowl))
  writeFileSync(path.join(dir, 'images', 'big-cut.jpg'), big.subarray(0, big.length - 3000))
  writeFileSync(path.join(dir, 'images', 'big-cut.png'), png.subarray(0, png.length - 3000))
  writeFileSync(path.join(dir, 'images', 'big.jpg'), big)
  writeFileSync(path.join(dir, 'images', 'padded.jpg'), Buffer.concat([bowl, Buffer.alloc(5000)]))
  copyFileSync(path.join(content, 'images/market.png'), path.join(dir, 'images', 'ok.png'))
  const body = ['cut.jpg', 'big-cut.jpg', 'big-cut.png', 'big.jpg', 'padded.jpg', 'ok.png']
    .map((name) => `![图](images/${name})`)
    .join('\n\n')
  writeFileSync(path.join(dir, 'index.md'), `---\ntitle: 照片\ncover: cover.png\n---\n\n正文。\n\n${body}\n`)
  return { root, dir }
}

/** The `image/truncated` findings of a site: line, column and message (sorted: images load at once). */
function truncated(site: Awaited<ReturnType<typeof loadSite>>): string[] {
  return site.selected
    .flatMap((a) =>
      a.file.messages
        .filter((m) => m.ruleId === 'image/truncated')
        .map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'not an error'} ${m.reason}`),
    )
    .sort()
}

const expected = (bigJpegSize: number, bigPngSize: number) =>
  [
    '8:1 error Image images/cut.jpg is incomplete: the JPEG file (7279 bytes) is cut off before its end',
    `10:1 error Image images/big-cut.jpg is incomplete: the JPEG file (${bigJpegSize} bytes) is cut off before its end`,
    `12:1 error Image images/big-cut.png is incomplete: the PNG file (${bigPngSize} bytes) is cut off before its end`,
    '3:8 error Image cover.png is incomplete: the PNG file (5221 bytes) is cut off before its end',
  ].sort()

describe('a truncated image', () => {
  it('is an error on its reference in a check, again from the cache, and cleared once fixed', async () => {
    const { root, dir } = makeSite()
    const sizes = [bigJpeg().length - 3000, noisyPng(170).length - 3000] as const
    const first = await loadSite({ root, cacheVersion: 'test' })
    await checkSite(first, { nowMs, version: 'test', html: false })
    expect(truncated(first)).toEqual(expected(...sizes))

    const second = await loadSite({ root, cacheVersion: 'test' })
    const again = await checkSite(second, { nowMs, version: 'test', html: false })
    expect(again.renders.get('photos')?.cached).toBe(true)
    expect(truncated(second)).toEqual(expected(...sizes))

    writeFileSync(path.join(dir, 'images', 'cut.jpg'), bowl)
    const fixed = await loadSite({ root, cacheVersion: 'test' })
    await checkSite(fixed, { nowMs, version: 'test', html: false })
    expect(truncated(fixed)).toEqual(expected(...sizes).filter((m) => !m.includes(' images/cut.jpg ')))
  })

  it('is the same finding in a render, which reads the whole files (no decoder error)', async () => {
    const { root } = makeSite()
    const site = await loadSite({ root, cacheVersion: 'test' })
    const rendered = (await renderSite(site, { version: 'test', noCache: true })).results.get('photos')!
    expect(truncated(site)).toEqual(expected(bigJpeg().length - 3000, noisyPng(170).length - 3000))
    const ids = site.selected.flatMap((a) => a.file.messages.map((m) => m.ruleId))
    expect(ids.filter((id) => id?.startsWith('render/') || id === 'image/unusable')).toEqual([])
    expect(rendered.images.map((i) => i.source.split('/').pop()).sort()).toEqual([
      'big.jpg',
      'ok.png',
      'padded.jpg',
    ])
  })
})
