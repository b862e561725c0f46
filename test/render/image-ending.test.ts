// A truncated image tells from its last bytes (image-ending.ts); a valid one never does, even with
// data after its end (cameras append some).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TAIL_BYTES, truncatedFormat } from '../../src/render/image-ending.js'

const repo = path.resolve(import.meta.dirname, '../..')

/** What a check sees of `bytes`: the first 64 KB, the last bytes and the size. */
const judge = (bytes: Uint8Array) =>
  truncatedFormat(
    bytes.subarray(0, 65536),
    bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)),
    bytes.length,
  )

function images(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return name === 'node_modules' ? [] : images(file)
    return /\.(jpe?g|png|gif|webp)$/i.test(name) ? [file] : []
  })
}

const photos = [...images(path.join(repo, 'content')), ...images(path.join(repo, 'test'))]
const jpeg = readFileSync(path.join(repo, 'content/autumn-noodles/images/bowl.jpg'))
const png = readFileSync(path.join(repo, 'content/autumn-noodles/images/market.png'))
/** A 1×1 GIF. */
const gif = Buffer.from(
  '47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b',
  'hex',
)
/** A WebP whose RIFF header says `declared` bytes follow it, with `actual` bytes of data. */
const webp = (declared: number, actual: number) => {
  const out = Buffer.alloc(12 + actual, 0x5a)
  out.write('RIFF', 0, 'latin1')
  out.writeUInt32LE(4 + declared, 4)
  out.write('WEBP', 8, 'latin1')
  return out
}

describe('truncatedFormat', () => {
  it("passes every image of the repository's content and fixtures", () => {
    expect(photos.length).toBeGreaterThan(10)
    for (const file of photos) expect([file, judge(readFileSync(file))]).toEqual([file, undefined])
  })

  it('flags JPEG and PNG photos cut anywhere after their header', () => {
    for (const file of photos.filter((f) => statSync(f).size > 4096)) {
      const bytes = readFileSync(file)
      const format = /\.png$/i.test(file) ? 'PNG' : 'JPEG'
      for (const part of [0.5, 0.8, 0.95])
        expect([file, part, judge(bytes.subarray(0, Math.floor(bytes.length * part)))]).toEqual([
          file,
          part,
          format,
        ])
    }
  })

  it('flags a cut GIF and a WebP shorter than its header says', () => {
    expect(judge(gif)).toBeUndefined()
    expect(judge(gif.subarray(0, gif.length - 4))).toBe('GIF')
    expect(judge(webp(100, 100))).toBeUndefined()
    expect(judge(webp(100, 120))).toBeUndefined()
    expect(judge(webp(100, 60))).toBe('WebP')
  })

  it('passes a JPEG with padding or data after its end (EOI)', () => {
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) % 251))
    const withTrailer = (extra: Uint8Array) => judge(Buffer.concat([jpeg, extra]))
    expect(withTrailer(Buffer.alloc(40))).toBeUndefined() // short padding: EOI still among the last bytes
    expect(withTrailer(Buffer.alloc(5000))).toBeUndefined() // long zero padding
    expect(withTrailer(Buffer.alloc(5000, 0xff))).toBeUndefined() // fill bytes
    expect(withTrailer(Buffer.from('x'.repeat(300), 'latin1'))).toBeUndefined() // a text trailer
    expect(withTrailer(Buffer.concat([noise, Buffer.from('SEFT', 'latin1')]))).toBeUndefined() // Samsung
    expect(withTrailer(Buffer.from([...noise, 0xff, 0xe1, ...noise.subarray(0, 20)]))).toBeUndefined() // a marker: no scan
    // unknown data after EOI that looks like scan data: taken for a cut (the limit of a tail read)
    expect(withTrailer(noise)).toBe('JPEG')
    // a motion photo: its XMP says a video follows the photo
    const xmp = Buffer.from('<x:xmpmeta GCamera:MotionPhoto="1"/>', 'latin1')
    const motion = Buffer.concat([jpeg.subarray(0, 2), xmp, jpeg.subarray(2), noise])
    expect(judge(motion)).toBeUndefined()
  })

  it('flags a PNG cut before IEND, not one with padding after it', () => {
    expect(judge(png.subarray(0, png.length - 12))).toBe('PNG')
    expect(judge(Buffer.concat([png, Buffer.alloc(500)]))).toBeUndefined()
  })
})
