// Packs are read back as the characters written: an ASCII pack (the main cache escapes every other
// character) is decoded as Latin-1, a shelf's UTF-8 pack (rendered HTML, mostly Chinese) as UTF-8.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCache } from '../../src/cache/create-cache.js'

const VALUE = { title: '公众号排版：中文、English 与 emoji 🎉', latin: 'café — ½', nul: '\u0000\u00ff' }

describe('pack text', () => {
  it('gives back Chinese, Latin-1 and astral characters from ASCII and UTF-8 packs alike', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-pack-text-')), 'cache')
    const writer = createCache(dir)
    await writer.set('lint', 'k', VALUE)
    await writer.shelf('html').set('render', 'k', VALUE)
    await writer.flush()
    const pack = (sub: string) => {
      const folder = path.join(dir, sub)
      const name = readdirSync(folder).find((n) => n.endsWith('.pack'))!
      return readFileSync(path.join(folder, name))
    }
    expect(pack('').every((byte) => byte < 0x80)).toBe(true)
    expect(pack('html').some((byte) => byte >= 0x80)).toBe(true)
    const reader = createCache(dir)
    expect(await reader.get('lint', 'k')).toEqual(VALUE)
    expect(await reader.shelf('html').get('render', 'k')).toEqual(VALUE)
  })
})
