/**
 * Loads the images of an article safely (`readImageSource`: paths checked before any disk access,
 * remote images fetched with a timeout, never hot-linked) and converts them (`createImagePreparer`).
 * Prepared bytes are cached by the hash of the source bytes (and shared within a run).
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Cache } from '../cache/create-cache.js'
// one hash function with the file record (`files.known` answers hashes made here and the other way round)
import { sha256 as sha } from '../cache/file-hashes.js'
import type { Article } from '../content/article.js'
import { report } from '../diagnostics/diagnostic.js'
import { isRemote } from '../content/resolve-asset.js'
import type { Position } from 'unist'
import type { PlannedImage } from './planned-image.js'
import { BODY_IMAGE_MAX, createImagePreparer, type Deferred } from './create-image-preparer.js'
import { readImageSource } from './read-image-source.js'
import { absentDeps, HEAD_BYTES, plannedFromHeader, resolveStandIn, statDepHolds } from './stand-in.js'
import { fetchRemoteImage } from './fetch-remote-image.js'
import { withLazyData } from './lazy-image-data.js'
import { reportTruncated } from './truncated-image.js'
import { reportLargeFile } from './large-image-file.js'
import { shownRef } from './image-ref.js'
import { type Loss, reportConversion } from './report-conversion.js'
import { renderImageMessages as im } from '../i18n/messages/render-images.js'

/** A local file a render depends on (article-relative) and the hash of its bytes. */
export interface Dep {
  path: string
  hash: string
}

export interface ArticleImages {
  load(ref: string, place: Position | undefined, kind: 'body' | 'cover'): Promise<PlannedImage | undefined>
  images(): PlannedImage[]
  deps(): Dep[]
}
export interface ImageStore {
  /** `defer`: body images that need converting are not converted (a check; see `createImagePreparer`). */
  forArticle(article: Article, defer?: boolean): ArticleImages
  depsUnchanged(dir: string, deps: readonly Dep[]): Promise<boolean>
  restore(meta: Omit<PlannedImage, 'data'>): Promise<PlannedImage | undefined>
  /** A deferred image converted now (see `resolveDeferred`), with the note of its finding. */
  resolve(
    meta: Omit<PlannedImage, 'data'>,
  ): Promise<{ image: PlannedImage; note: string; loss?: Loss } | undefined>
}

export function createImageLoader(options: {
  cache: Cache
  root: string
  fetchRemote?: ((url: string) => Promise<Uint8Array>) | undefined
}): ImageStore {
  const fetchRemote = options.fetchRemote ?? ((url: string) => fetchRemoteImage(url))
  const { cache } = options
  const { files } = cache
  const prepare = createImagePreparer(cache)
  /** Photos `resolve` read (by hash), until `restore` takes them: a few, in case it never does. */
  const justRead = new Map<string, Uint8Array>()

  /** The planned upload of prepared bytes; converted or remote bytes are kept in the cache. */
  async function keep(prepared: Deferred, sourceHash: string, source: string, kind: PlannedImage['kind']) {
    const data = prepared.data
    // an image used as it is has the hash of its source; a deferred one stands in with it (never an upload)
    const hash = prepared.transformed && !prepared.deferred ? sha(data) : sourceHash
    const planned: PlannedImage = {
      hash,
      file: `assets/${hash}.${prepared.mime === 'image/png' ? 'png' : 'jpg'}`,
      source,
      kind,
      mime: prepared.mime,
      bytes: data.byteLength,
      width: prepared.width,
      height: prepared.height,
      ...(prepared.cssWidth ? { cssWidth: prepared.cssWidth } : {}),
      data,
      transformed: prepared.transformed,
    }
    // the render cache can re-read an unchanged local file; converted or remote bytes are kept
    const kept = (prepared.transformed || isRemote(source)) && !prepared.deferred
    if (kept && !(await cache.has('asset', hash)))
      await cache.set('asset', hash, { data: Buffer.from(data).toString('base64') })
    return planned
  }

  return {
    forArticle(article, defer = false) {
      const loaded: PlannedImage[] = []
      const deps: Dep[] = []
      const file = article.file
      return {
        images: () => loaded,
        deps: () => deps,
        async load(ref, place, kind) {
          // a check reads the header of a photo (see `stand-in.ts`); the whole file when that is not enough
          const head = defer && kind === 'body' ? HEAD_BYTES : undefined
          let read = await readImageSource(article, ref, place, fetchRemote, head)
          const cut = read && reportTruncated(file, shownRef(ref), place, read)
          if (cut) return void deps.push(cut)
          if (read?.local) reportLargeFile(file, shownRef(ref), place, read.local.stats.size)
          if (read?.partial) {
            const planned = plannedFromHeader(read, files, BODY_IMAGE_MAX)
            if (planned) {
              deps.push(planned.dep)
              loaded.push(planned.image)
              return planned.image
            }
            read = await readImageSource(article, ref, place, fetchRemote)
          }
          if (!read) return void deps.push(...absentDeps(article.dir, ref))
          const { bytes, source, local } = read
          // a local file's hash is recorded with its stat: an unchanged run neither reads nor hashes it
          const sourceHash = local
            ? (files.known(local.absolute, local.stats) ?? files.record(local.absolute, local.stats, bytes))
            : sha(bytes)
          if (local) deps.push({ path: local.path, hash: sourceHash })
          const prepared = await prepare(bytes, kind, sourceHash, defer && kind === 'body')
          if (!prepared.ok) {
            report(
              file,
              'error',
              'image/unusable',
              'render',
              im.msg.unusable({ ref: shownRef(ref), reason: prepared.reason }),
              {
                place,
                value: ref,
                hint: im.msg.unusableHint(),
              },
            )
            return undefined
          }
          if (prepared.transformed) reportConversion(file, shownRef(ref), place, prepared)
          const planned = await keep(prepared, sourceHash, source, kind)
          if (prepared.deferred) Object.assign(planned, { deferred: true, note: prepared.note })
          loaded.push(planned)
          return planned
        },
      }
    },
    async depsUnchanged(dir, deps) {
      return deps.every((dep) => {
        const file = path.join(dir, ...dep.path.split('/'))
        return statDepHolds(file, dep.hash) ?? files.hash(file) === dep.hash
      })
    },
    async resolve(meta) {
      if (!meta.deferred || isRemote(meta.source)) return undefined
      const file = path.join(options.root, ...meta.source.split('/'))
      if (!meta.transformed) {
        // a check's stand-in: the file hashed now, its bytes kept for the `restore` that follows
        const resolved = resolveStandIn(meta, file, files)
        if (resolved?.bytes) {
          justRead.set(resolved.image.hash, resolved.bytes)
          for (const oldest of justRead.keys()) if (justRead.size > 16) justRead.delete(oldest)
        }
        return resolved && { image: resolved.image, note: '' }
      }
      let bytes: Uint8Array
      try {
        bytes = readFileSync(file)
      } catch {
        return undefined
      }
      if (sha(bytes) !== meta.hash) return undefined
      const prepared = await prepare(bytes, meta.kind, meta.hash)
      if (!prepared.ok || !prepared.transformed) return undefined
      const image = await keep(prepared, meta.hash, meta.source, meta.kind)
      return { image, note: prepared.note ?? '', loss: prepared.loss }
    },
    async restore(meta) {
      const bytes = justRead.get(meta.hash)
      if (bytes && !meta.transformed) {
        justRead.delete(meta.hash)
        return { ...meta, data: bytes }
      }
      if (!meta.transformed && !isRemote(meta.source)) {
        try {
          const file = path.join(options.root, ...meta.source.split('/'))
          const stats = statSync(file)
          // a file with its recorded stat is read on first use of its bytes only: a render whose
          // outputs are unchanged (`create-render-writer.ts`) never uses them
          if (files.known(file, stats) === meta.hash) return withLazyData(meta, file)
          const data = readFileSync(file)
          return files.record(file, stats, data) === meta.hash ? { ...meta, data } : undefined
        } catch {
          return undefined
        }
      }
      const hit = await cache.get<{ data: string }>('asset', meta.hash)
      return hit ? { ...meta, data: Buffer.from(hit.data, 'base64') } : undefined
    },
  }
}
