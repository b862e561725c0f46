// A blob asked for again is not read again (a converted photo shared by many articles), within a budget.
import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { blobReader } from '../../src/cache/blob-reader.js'

describe('blobReader', () => {
  it('reads a blob once, and keeps no more than its budget', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-blobs-'))
    const fileOf = (id: string) => path.join(dir, `${id}.json`)
    writeFileSync(fileOf('a'), '"aaaa"')
    writeFileSync(fileOf('b'), '"bbbbbbbb"')
    const read = blobReader(fileOf, 8)
    expect(read('a')).toBe('"aaaa"')
    expect(read('b')).toBe('"bbbbbbbb"') // over the budget once `a` is kept
    // kept: not read again (the file changed under it is not seen; blobs never change, being content-addressed)
    writeFileSync(fileOf('a'), '"AAAA"')
    writeFileSync(fileOf('b'), '"BBBBBBBB"')
    expect(read('a')).toBe('"aaaa"')
    expect(read('b')).toBe('"BBBBBBBB"') // not kept: read again
    unlinkSync(fileOf('a'))
    expect(read('a')).toBeUndefined() // a deleted blob is a miss
    expect(read('missing')).toBeUndefined()
  })
})
