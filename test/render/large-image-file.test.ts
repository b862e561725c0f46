/**
 * A local image over 10 MB is converted all the same, with a warning to shrink it before committing
 * (tester report L11: a 19.7 MB photo was only an info). The size is the file's, read from its stat.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'

/** `png` with a private ancillary chunk of `size` bytes after IHDR (a valid PNG that decoders skip over). */
function paddedPng(png: Buffer, size: number): Buffer {
  const type = Buffer.from('wxPd')
  const data = Buffer.alloc(size, 7)
  const head = Buffer.alloc(4)
  head.writeUInt32BE(size)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])))
  const ihdrEnd = 8 + 4 + 4 + 13 + 4
  return Buffer.concat([png.subarray(0, ihdrEnd), head, type, data, crc, png.subarray(ihdrEnd)])
}

describe('a large image file', () => {
  it('gets image/large-file over 10 MB, and nothing at 9 MB', async () => {
    const root = makeSite([{ slug: 'big', slot: '2027-04-15T20:00:00+08:00' }])
    const figure = path.join(root, 'content', 'big', 'images', 'figure.png')
    const png = readFileSync(figure)
    writeFileSync(figure, paddedPng(png, 11 * 1024 * 1024))
    const r = await runCli(['check', '--now=2027-04-01T09:00:00+08:00', '--format=json', '--no-cache'], root)
    const found = JSON.parse(r.stdout).diagnostics.filter(
      (d: { ruleId: string }) => d.ruleId === 'image/large-file',
    )
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', value: 'images/figure.png', line: 13 }),
    ])
    expect(found[0].message).toMatch(/^Image images\/figure\.png is 11\.0 MB: git keeps it for good/)
    writeFileSync(figure, paddedPng(png, 9 * 1024 * 1024))
    const small = await runCli(
      ['check', '--now=2027-04-01T09:00:00+08:00', '--format=json', '--no-cache'],
      root,
    )
    expect(small.stdout).not.toContain('image/large-file')
  })
})
