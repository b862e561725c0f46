/** A helper of `startHelpers`: takes articles from the shared counter and lints/renders them into the cache. */
import { workerData } from 'node:worker_threads'
import { VFile } from '../core/vfile.js'
import { createCache } from '../cache/create-cache.js'
import { loadConfig } from '../config/load-config.js'
import { loadArticle } from '../content/load-article.js'
import type { Site } from './load-site.js'
import { siteLinter } from './lint-site.js'
import { renderSite } from './render-site.js'
import { DONE, NEXT, WAITING, type HelperData } from './start-helpers.js'

const data = workerData as HelperData
const state = new Int32Array(data.shared)
const loadedConfig = await loadConfig(data.root, data.configPath)
// the main thread merges the packs and writes the file hashes at the end
const cache = createCache(data.cacheDir, { compact: false, saveFiles: false, build: data.version })
const site: Site = {
  root: data.root,
  contentDir: '',
  config: loadedConfig.config,
  loadedConfig,
  articles: [],
  selected: [],
  usage: new VFile(),
  cacheDir: data.cacheDir,
  cache,
  helpers: undefined,
}
const taken = new Map<string, number>()
let primed = false
const next = async () => {
  const i = Atomics.add(state, NEXT, 1)
  if (i >= data.items.length) return undefined
  const { slug, absolutePath, sameAs } = data.items[i]!
  taken.set(slug, i)
  // the main thread leaves every article's parsed front matter in the cache soon after the start
  if (!primed) primed = cache.refresh()
  return loadArticle({
    root: data.root,
    absolutePath,
    slug,
    sameAs,
    config: site.config,
    cache: { store: cache, salt: data.version },
  })
}
// An article is finished once its results are on disk. They go there in batches (one pack per
// BATCH articles: thousands of small files cost far more), and at once while the main thread waits.
const BATCH = 64
const unflushed: number[] = []
const publish = async () => {
  const done = unflushed.splice(0)
  await cache.flush()
  for (const i of done) {
    Atomics.store(state, DONE + i, 1)
    Atomics.notify(state, DONE + i)
  }
}
const finished = (slug: string) => {
  unflushed.push(taken.get(slug)!)
  if (unflushed.length >= BATCH || Atomics.load(state, WAITING) === 1) void publish()
}
const lint = data.lint ? siteLinter(site, { cacheDir: data.cacheDir, version: data.version }) : undefined
await renderSite(site, {
  version: data.version,
  themeId: data.themeId,
  chromium: data.chromium,
  imageData: false,
  // no HTML returned: image conversions are deferred to the main thread (once per photo and run)
  html: false,
  lint,
  next,
  onRendered: finished,
})
await publish()
