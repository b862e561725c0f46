// After wxpress changes (an upgrade, a rebuild), the first run that writes merges away what older
// builds cached under keys it can never ask for, so that unchanged runs read only what they use.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCache } from '../../src/cache/create-cache.js'

const packsIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.pack'))

describe('cache packs of other wxpress builds', () => {
  it('are merged away by the first flush of a new build, but for the entries of bytes-only keys', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-builds-')), 'cache')
    const old = createCache(dir, { build: 'one' })
    await old.set('lint', 'k', ['old'])
    await old.set('asset', 'a', { data: 'AAAA' })
    await old.flush()
    // a pack written before packs named their build
    writeFileSync(path.join(dir, 'legacy.pack'), 'wxpress-cache 1\nlint\tl\t[]\nimage\ti\t{}\n')

    const unchanged = createCache(dir, { build: 'one' })
    expect(await unchanged.get('lint', 'k')).toEqual(['old'])
    await unchanged.flush()
    expect(packsIn(dir)).toHaveLength(2) // nothing written, nothing merged

    const next = createCache(dir, { build: 'two' })
    expect(await next.get('asset', 'a')).toEqual({ data: 'AAAA' })
    await next.set('lint', 'k2', ['new'])
    await next.flush()
    expect(packsIn(dir)).toHaveLength(1)
    const after = createCache(dir, { build: 'two' })
    expect(await after.get('lint', 'k2')).toEqual(['new'])
    expect(await after.get('asset', 'a')).toEqual({ data: 'AAAA' })
    expect(await after.get('image', 'i')).toEqual({})
    expect(await after.get('lint', 'k')).toBeUndefined()
    expect(await after.get('lint', 'l')).toBeUndefined()
    // without a build (a cache opened by itself) nothing is taken as stale
    const plain = createCache(dir)
    await plain.set('lint', 'k3', [])
    await plain.flush()
    expect(await createCache(dir).get('lint', 'k2')).toEqual(['new'])
  })
})
