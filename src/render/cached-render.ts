/**
 * A render in the cache: its record (findings, image plans, dependencies, size) under `render`, and
 * its HTML apart under `render-html` on a shelf of its own, so that a check, which never looks at the
 * HTML, neither reads nor parses it (the HTML is most of a render's bytes: ≈ 24 of 37 MB on 1,000
 * realistic articles).
 */
import type { Cache } from '../cache/create-cache.js'
import type { VFile } from '../core/vfile.js'
import { replayRecords, type MessageRecord } from '../diagnostics/message-records.js'
import type { ArticleSize } from './check-size.js'
import type { Dep, ImageStore } from './image-loader.js'
import type { PlannedImage } from './planned-image.js'
import { resolveDeferred, swaps } from './resolve-deferred.js'

type ImageMeta = Omit<PlannedImage, 'data'>
/** The shelf (sub-folder of the cache) of the HTML: its packs are read only when an HTML is asked for. */
const HTML = 'html'
/** A render whose deferred conversions were made later (`resolveDeferred`), by the deferred one's key. */
const WHOLE = 'render-whole'

export interface CachedRender {
  images: ImageMeta[]
  cover: ImageMeta | null
  deps: Dep[]
  messages: MessageRecord[]
  size: ArticleSize
}

export interface RestoredRender {
  /** `''` when the HTML was not asked for. */
  html: string
  images: PlannedImage[]
  cover: PlannedImage | undefined
  size: ArticleSize
}

export interface RestoreOptions {
  /** Read the image bytes (else `data` is empty). */
  imageData: boolean
  /** Read the HTML (else `html` is `''`). */
  html: boolean
}

/** Stores a render under `key`. */
export async function storeRender(cache: Cache, key: string, html: string, record: CachedRender) {
  await cache.shelf(HTML).set('render-html', key, html)
  await cache.set('render', key, record)
}

/**
 * The cached render of `key` with its findings replayed onto `file`, or undefined (a miss: nothing
 * cached, an image or a dependency changed, or a part missing).
 */
export async function restoreRender(
  cache: Cache,
  store: ImageStore,
  key: string,
  dir: string,
  file: VFile,
  options: RestoreOptions,
): Promise<RestoredRender | undefined> {
  let hit = await cache.get<CachedRender>('render', key)
  if (!hit || !Array.isArray(hit.messages) || !(await store.depsUnchanged(dir, hit.deps))) return undefined
  let swapped: [string, string][] = []
  if (hit.images.some((i) => i.deferred)) {
    // conversions left for later: made by the first render or publish that needs them, and that whole
    // render kept beside the deferred one (a cache value never changes)
    let whole = await cache.get<CachedRender>(WHOLE, key)
    if (!whole && (options.html || options.imageData)) {
      whole = await resolveDeferred(store, hit)
      if (!whole) return undefined
      await cache.set(WHOLE, key, whole)
    }
    if (whole) {
      swapped = swaps(hit, whole)
      hit = whole
    }
  }
  const restore = (meta: ImageMeta) =>
    options.imageData ? store.restore(meta) : Promise.resolve({ ...meta, data: new Uint8Array(0) })
  const images = await Promise.all(hit.images.map(restore))
  const cover = hit.cover ? await restore(hit.cover) : undefined
  if (!images.every(Boolean) || (hit.cover && !cover)) return undefined
  let html = ''
  if (options.html) {
    const text = await cache.shelf(HTML).get<string>('render-html', key)
    if (typeof text !== 'string') return undefined
    html = swapped.reduce((out, [from, to]) => out.replaceAll(from, to), text)
  }
  replayRecords(file, hit.messages)
  return { html, images: images as PlannedImage[], cover, size: hit.size }
}
