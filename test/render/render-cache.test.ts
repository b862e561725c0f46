import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')
const config = defaultConfig()

describe('render behaviours', () => {
  /** The images fixture, loaded afresh, and an empty cache folder. */
  const imagesCase = () =>
    loadArticle({
      root: here,
      absolutePath: path.join(fixtures, 'images', 'input.md'),
      slug: 'images',
      config,
    })
  const emptyCache = async () => {
    const { mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    return mkdtempSync(path.join(tmpdir(), 'wxpress-cache-'))
  }

  it('does not cache a render whose remote image could not be fetched', async () => {
    const offline = async () => {
      throw new Error('offline')
    }
    const cacheDir = await emptyCache()
    const cached = await createRenderer({
      root: here,
      config,
      cacheDir,
      mermaid: false,
      fetchRemote: offline,
    })
    await cached.render(await imagesCase())
    expect((await cached.render(await imagesCase())).cached).toBe(false)
  })

  it('serves an unchanged article from the cache', async () => {
    const { readFileSync } = await import('node:fs')
    // the fixture's remote image is fetched here: a render missing one is never cached (above)
    const png = readFileSync(path.join(fixtures, 'images', 'cover.png'))
    const cacheDir = await emptyCache()
    const cached = await createRenderer({ root: here, config, cacheDir, fetchRemote: async () => png })
    const load = imagesCase
    const first = await cached.render(await load())
    const again = await load()
    const second = await cached.render(again)
    expect(first.cached).toBe(false)
    expect(second.cached).toBe(true)
    expect(second.html).toBe(first.html)
    expect(second.images.map((i) => i.hash)).toEqual(first.images.map((i) => i.hash))
    expect(again.file.messages.map(String)).toHaveLength(
      (await load()).file.messages.length + again.file.messages.length,
    )
  })
})
