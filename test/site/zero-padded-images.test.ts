// A JPEG whose end is zero bytes (a download into a preallocated file, interrupted; trial-1 #3) is
// `image/truncated` in a check (header read) and in a render (whole file); a whole photo padded with
// zeros after its end is not.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TAIL_BYTES, tailBeforeZeros, truncatedFormat } from '../../src/render/image-ending.js'
import { checkSite } from '../../src/site/check-site.js'
import { loadSite } from '../../src/site/load-site.js'
import { renderSite } from '../../src/site/render-site.js'

const nowMs = Date.parse('2027-01-01T00:00:00Z')
const content = path.resolve(import.meta.dirname, '../../content/autumn-noodles')
const bowl = readFileSync(path.join(content, 'images/bowl.jpg'))
const cover = readFileSync(path.join(content, 'cover.png'))

/** The photo with two comment segments before its scan: over 64 KB, its header still in the first bytes. */
function bigJpeg(): Buffer {
  const sos = bowl.indexOf(Buffer.from([0xff, 0xda]))
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0xff, 0xff]), Buffer.alloc(65533, 0x20)])
  return Buffer.concat([bowl.subarray(0, sos), comment, comment, bowl.subarray(sos)])
}

/** Where the data of `bytes` cut at `part` ends: after its last byte that is not zero. */
const dataEnd = (bytes: Buffer, part: number) => {
  let end = Math.floor(bytes.length * part)
  while (end > 0 && bytes[end - 1] === 0) end--
  return end
}

/** The first `part` of `bytes`, then zero bytes up to `length` (its own length by default). */
const padded = (bytes: Buffer, part: number, length = bytes.length) => {
  const out = Buffer.alloc(length)
  bytes.copy(out, 0, 0, Math.floor(bytes.length * part))
  return out
}

function makeSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-zero-padded-'))
  const dir = path.join(root, 'content', 'photos')
  mkdirSync(path.join(dir, 'images'), { recursive: true })
  const big = bigJpeg()
  writeFileSync(path.join(dir, 'cover.png'), cover)
  const files: Record<string, Buffer> = {
    'small.jpg': padded(bowl, 0.5), // read whole
    'no-scan.jpg': padded(bowl, (bowl.indexOf(Buffer.from([0xff, 0xda])) + 20) / bowl.length), // cut after SOS
    'big.jpg': padded(big, 0.95), // header and tail reads; 7 KB of zeros
    'whole.jpg': Buffer.concat([big, Buffer.alloc(300_000)]), // padding after EOI
  }
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, 'images', name), bytes)
  const body = Object.keys(files)
    .map((name) => `![图](images/${name})`)
    .join('\n\n')
  writeFileSync(path.join(dir, 'index.md'), `---\ntitle: 照片\ncover: cover.png\n---\n\n正文。\n\n${body}\n`)
  return root
}

function truncated(site: Awaited<ReturnType<typeof loadSite>>): string[] {
  return site.selected.flatMap((a) =>
    a.file.messages
      .filter((m) => m.ruleId === 'image/truncated')
      .map((m) => `${m.line}:${m.column} ${m.reason}`),
  )
}

describe('a JPEG that ends in zero bytes', () => {
  const big = bigJpeg()
  const sos = bowl.indexOf(Buffer.from([0xff, 0xda]))
  const expected = [
    `10:1 Image images/no-scan.jpg is incomplete: the data of the JPEG file stops after ${dataEnd(bowl, (sos + 20) / bowl.length)} of its ${bowl.length} bytes, the rest is zero bytes`,
    `8:1 Image images/small.jpg is incomplete: the data of the JPEG file stops after ${dataEnd(bowl, 0.5)} of its ${bowl.length} bytes, the rest is zero bytes`,
    `12:1 Image images/big.jpg is incomplete: the data of the JPEG file stops after ${dataEnd(big, 0.95)} of its ${big.length} bytes, the rest is zero bytes`,
  ]

  it('is image/truncated in a check, unless the zeros follow the end of a whole photo', async () => {
    const site = await loadSite({ root: makeSite() })
    await checkSite(site, { nowMs, noCache: true, html: false })
    expect(truncated(site).sort()).toEqual([...expected].sort())
  })

  it('and in a render, which reads the whole files', async () => {
    const site = await loadSite({ root: makeSite() })
    await renderSite(site, { version: 'test', noCache: true })
    expect(truncated(site).sort()).toEqual([...expected].sort())
  })

  it('reads backwards only as far as the zeros go, at most 4 MB', () => {
    const file = padded(bowl, 0.6, bowl.length + 200_000)
    const reads: number[] = []
    const read = (position: number, length: number) => {
      reads.push(length)
      return file.subarray(position, position + length)
    }
    const found = tailBeforeZeros(read, file.length)
    expect(found?.zeros).toBe(file.length - dataEnd(bowl, 0.6))
    expect(found?.tail).toHaveLength(TAIL_BYTES)
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(200_000 + 2 * 65536)
    expect(truncatedFormat(file.subarray(0, 64), found!.tail, file.length)).toBe('JPEG')
    const endless = Buffer.concat([bowl.subarray(0, 1000), Buffer.alloc(5 * 1024 * 1024)])
    expect(tailBeforeZeros((p, n) => endless.subarray(p, p + n), endless.length)).toBeUndefined()
  })
})
