/**
 * Loads the images of an article safely: the path is checked lexically before any disk access
 * (escaping paths are errors and never opened), symlinks must stay inside, remote images are
 * fetched with a timeout (never hot-linked), and everything is converted by `prepareImage`.
 * Prepared bytes are cached by the hash of the source bytes (and shared within a run).
 */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Position } from 'unist'
import type { Cache } from '../cache/create-cache.js'
import type { Article } from '../content/article.js'
import { isRemote, resolveAsset } from '../content/resolve-asset.js'
import { inspectFile } from '../core/safe-file.js'
import { report } from '../diagnostics/diagnostic.js'
import type { PlannedImage } from './planned-image.js'
import { readImageHeader } from './image-header.js'
import { fetchRemoteImage } from './fetch-remote-image.js'
import { decodePath, writtenAt } from './image-ref.js'
import { renderImageMessages as im } from '../i18n/messages/render-images.js'

export const BODY_IMAGE_MAX = 1024 * 1024 - 1
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

/** A local file a render depends on; size and mtime spare re-hashing an untouched file (as git does). */
export interface Dep {
  path: string
  hash: string
  size?: number
  mtimeMs?: number
}

export interface ArticleImages {
  load(ref: string, place: Position | undefined, kind: 'body' | 'cover'): Promise<PlannedImage | undefined>
  images(): PlannedImage[]
  deps(): Dep[]
}
export interface ImageStore {
  forArticle(article: Article): ArticleImages
  depsUnchanged(dir: string, deps: readonly Dep[]): Promise<boolean>
  restore(meta: Omit<PlannedImage, 'data'>): Promise<PlannedImage | undefined>
}

export function createImageLoader(options: {
  cache: Cache
  root: string
  fetchRemote?: ((url: string) => Promise<Uint8Array>) | undefined
}): ImageStore {
  const fetchRemote = options.fetchRemote ?? ((url: string) => fetchRemoteImage(url))
  const { cache } = options

  // the same photo in many articles is converted once per run: hash → prepared
  const prepared = new Map<string, ReturnType<typeof convert>>()
  async function prepare(source: Uint8Array, kind: 'body' | 'cover', hash: string) {
    const header = readImageHeader(source)
    if (header && source.byteLength <= BODY_IMAGE_MAX) {
      const { prepareImage } = await import('./prepare-image.js')
      return prepareImage(source, BODY_IMAGE_MAX) // ready as it is: no cache round trip
    }
    const key = `${hash}-${kind}`
    let pending = prepared.get(key)
    if (!pending) prepared.set(key, (pending = convert(source, key)))
    return pending
  }

  async function convert(source: Uint8Array, key: string) {
    const { prepareImage } = await import('./prepare-image.js')
    const hit = await cache.get<{
      data: string
      mime: PlannedImage['mime']
      width: number
      height: number
      transformed: boolean
      note?: string
    }>('image', key)
    if (hit) return { ok: true as const, ...hit, data: Buffer.from(hit.data, 'base64') }
    const result = await prepareImage(source, BODY_IMAGE_MAX)
    // only conversions are worth caching; a ready JPEG/PNG is used as it is
    if (result.ok && result.transformed) {
      await cache.set('image', key, { ...result, data: Buffer.from(result.data).toString('base64') })
    }
    return result
  }

  return {
    forArticle(article) {
      const loaded: PlannedImage[] = []
      const deps: Dep[] = []
      const file = article.file
      return {
        images: () => loaded,
        deps: () => deps,
        async load(ref, place, kind) {
          let bytes: Uint8Array
          let source: string
          let sourceHash: string | undefined
          if (isRemote(ref)) {
            source = ref
            if (!/^https?:/i.test(ref) && !ref.startsWith('//')) {
              report(file, 'error', 'image/unsupported-source', 'render', im.msg.httpsOnly({ ref }), {
                place,
                value: ref,
                hint: im.msg.useLocalOrHttps(),
              })
              return undefined
            }
            try {
              bytes = await fetchRemote(ref.startsWith('//') ? `https:${ref}` : ref)
            } catch (error) {
              report(
                file,
                'warning',
                'image/remote-unavailable',
                'render',
                im.msg.remoteUnavailable({ error: (error as Error).message, ref }),
                {
                  place,
                  value: ref,
                  hint: im.msg.remoteUnavailableHint(),
                },
              )
              return undefined
            }
          } else {
            const resolved = resolveAsset(article.dir, ref)
            if (!resolved.ok) {
              const data = resolved.reason === 'data'
              report(
                file,
                'error',
                data ? 'image/data-uri' : 'image/outside-root',
                'render',
                data ? im.msg.dataUri() : im.msg.outside({ ref }),
                {
                  place,
                  value: ref,
                  hint: data ? im.msg.dataUriHint() : im.msg.outsideHint(),
                },
              )
              return undefined
            }
            source = path.posix.join(
              path.relative(article.file.cwd, article.dir).split(path.sep).join('/'),
              resolved.relative,
            )
            // a symbolic link out of the folder, a pipe or a device is refused before the file is opened
            const problem = inspectFile(resolved.absolute, article.dir)
            if (problem && problem.kind !== 'missing') {
              const outside = problem.kind === 'outside'
              report(
                file,
                'error',
                outside ? 'image/outside-root' : 'image/not-regular-file',
                'render',
                outside ? im.msg.link({ ref }) : im.msg.notRegular({ type: problem.type, ref }),
                {
                  place,
                  value: ref,
                  hint: outside ? im.msg.linkHint() : im.msg.notRegularHint(),
                },
              )
              return undefined
            }
            let info: { size: number; mtimeMs: number }
            try {
              // small local files: synchronous reads skip the thread-pool round trip
              const stats = statSync(resolved.absolute)
              if (!stats.isFile()) throw new Error('not a file')
              info = stats
              bytes = readFileSync(resolved.absolute)
            } catch {
              // the path as a writer reads it: Markdown keeps link destinations percent-encoded
              // (`images/我的 照片.png` → `images/%E6%88%91…`); the encoded form is named in the hint
              // only when the source spells it that way
              const shown = decodePath(ref)
              const encoded = shown !== ref && writtenAt(file.value, place, ref)
              report(file, 'error', 'image/missing', 'render', im.msg.missing({ ref: shown }), {
                place,
                value: shown,
                hint: im.msg.missingHint({ source, encoded: encoded ? ref : '' }),
              })
              return undefined
            }
            sourceHash = sha(bytes)
            deps.push({ path: resolved.relative, hash: sourceHash, size: info.size, mtimeMs: info.mtimeMs })
          }
          sourceHash ??= sha(bytes)
          const prepared = await prepare(bytes, kind, sourceHash)
          if (!prepared.ok) {
            report(
              file,
              'error',
              'image/unusable',
              'render',
              im.msg.unusable({ ref, reason: prepared.reason }),
              {
                place,
                value: ref,
                hint: im.msg.unusableHint(),
              },
            )
            return undefined
          }
          if (prepared.transformed) {
            report(
              file,
              'info',
              'image/converted',
              'render',
              im.msg.converted({ ref, note: prepared.note ?? '' }),
              {
                place,
                value: ref,
                hint: im.msg.convertedHint(),
              },
            )
          }
          const data = prepared.data
          // an image used as it is has the hash of its source
          const hash = prepared.transformed || !sourceHash ? sha(data) : sourceHash
          const planned: PlannedImage = {
            hash,
            file: `assets/${hash}.${prepared.mime === 'image/png' ? 'png' : 'jpg'}`,
            source,
            kind,
            mime: prepared.mime,
            bytes: data.byteLength,
            width: prepared.width,
            height: prepared.height,
            data,
            transformed: prepared.transformed,
          }
          // the render cache can re-read an unchanged local file; converted or remote bytes are kept
          if ((prepared.transformed || isRemote(ref)) && !(await cache.has('asset', hash)))
            await cache.set('asset', hash, { data: Buffer.from(data).toString('base64') })
          loaded.push(planned)
          return planned
        },
      }
    },
    async depsUnchanged(dir, deps) {
      for (const dep of deps) {
        try {
          const file = path.join(dir, ...dep.path.split('/'))
          const info = statSync(file)
          if (!info.isFile()) return false // a pipe is never read
          if (info.size === dep.size && info.mtimeMs === dep.mtimeMs) continue
          if (sha(readFileSync(file)) !== dep.hash) return false
        } catch {
          return false
        }
      }
      return true
    },
    async restore(meta) {
      if (!meta.transformed && !isRemote(meta.source)) {
        try {
          const data = readFileSync(path.join(options.root, ...meta.source.split('/')))
          return sha(data) === meta.hash ? { ...meta, data } : undefined
        } catch {
          return undefined
        }
      }
      const hit = await cache.get<{ data: string }>('asset', meta.hash)
      return hit ? { ...meta, data: Buffer.from(hit.data, 'base64') } : undefined
    },
  }
}
