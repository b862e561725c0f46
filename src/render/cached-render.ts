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

type ImageMeta = Omit<PlannedImage, 'data'>
/** The shelf (sub-folder of the cache) of the HTML: its packs are read only when an HTML is asked for. */
const HTML = 'html'

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
  const hit = await cache.get<CachedRender>('render', key)
  if (!hit || !Array.isArray(hit.messages)) return undefined
  // a check's render whose conversions were deferred has neither the bytes nor the final HTML
  if ((options.html || options.imageData) && hit.images.some((i) => i.deferred)) return undefined
  if (!(await store.depsUnchanged(dir, hit.deps))) return undefined
  const restore = (meta: ImageMeta) =>
    options.imageData ? store.restore(meta) : Promise.resolve({ ...meta, data: new Uint8Array(0) })
  const images = await Promise.all(hit.images.map(restore))
  const cover = hit.cover ? await restore(hit.cover) : undefined
  if (!images.every(Boolean) || (hit.cover && !cover)) return undefined
  let html = ''
  if (options.html) {
    const text = await cache.shelf(HTML).get<string>('render-html', key)
    if (typeof text !== 'string') return undefined
    html = text
  }
  replayRecords(file, hit.messages)
  return { html, images: images as PlannedImage[], cover, size: hit.size }
}
