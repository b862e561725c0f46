/**
 * Reads the bytes of one image an article names: the path is checked lexically before any disk access
 * (escaping paths are errors and never opened), symlinks must stay inside, and remote images are
 * fetched (never hot-linked). Reports onto the article's file and gives `undefined` when it cannot.
 */
import { caseTwin } from '../core/case-twin.js'
import { imageFileMessages as fm } from '../i18n/messages/image-files.js'
import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { Position } from 'unist'
import type { Article } from '../content/article.js'
import { isRemote, resolveAsset } from '../content/resolve-asset.js'
import { insideSuggestion } from '../content/inside-suggestion.js'
import { inspectFile } from '../core/safe-file.js'
import { report } from '../diagnostics/diagnostic.js'
import { decodePath, writtenAt } from './image-ref.js'
import { renderImageMessages as im } from '../i18n/messages/render-images.js'
import { endsInZeros, TAIL_BYTES, tailBeforeZeros } from './image-ending.js'

export interface ImageSource {
  bytes: Uint8Array
  /** Site-relative path, or the remote URL. */
  source: string
  /**
   * A local file: its article-relative and absolute paths, its stat taken before the read (a
   * dependency of the render) and its last bytes (`truncated-image.ts`), read even when `partial`.
   */
  local?: { path: string; absolute: string; stats: Stats; tail: Uint8Array; zeros?: number } | undefined
  /** Only the first bytes of a local file were read (`head`), not the whole file. */
  partial?: boolean
}

export async function readImageSource(
  article: Article,
  ref: string,
  place: Position | undefined,
  fetchRemote: (url: string) => Promise<Uint8Array>,
  /** Read at most this many bytes of a local file (its header: a check needs no more). */
  head?: number,
): Promise<ImageSource | undefined> {
  const file = article.file
  let bytes: Uint8Array
  let source: string
  let local: ImageSource['local']
  let partial = false
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
      const meant = data ? undefined : insideSuggestion(article.dir, ref)
      report(
        file,
        'error',
        data ? 'image/data-uri' : 'image/outside-root',
        'render',
        data ? im.msg.dataUri() : im.msg.outside({ ref: decodePath(ref) }),
        {
          place,
          value: ref,
          hint: data
            ? im.msg.dataUriHint()
            : meant
              ? im.msg.outsideMeantHint({ path: meant, rooted: /^[\\/]/.test(ref.trim()) ? 1 : 0 })
              : im.msg.outsideHint(),
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
        outside
          ? im.msg.link({ ref: decodePath(ref) })
          : im.msg.notRegular({ type: problem.type, ref: decodePath(ref) }),
        {
          place,
          value: ref,
          hint: outside ? im.msg.linkHint() : im.msg.notRegularHint(),
        },
      )
      return undefined
    }
    let info: Stats
    let tail: Uint8Array
    let zeros: number | undefined
    try {
      // small local files: synchronous reads skip the thread-pool round trip
      const stats = statSync(resolved.absolute)
      if (!stats.isFile()) throw new Error('not a file')
      info = stats
      partial = head !== undefined && stats.size > head
      if (head !== undefined && partial)
        ({ bytes, tail, zeros } = readEnds(resolved.absolute, head, stats.size))
      else {
        const all = readFileSync(resolved.absolute)
        bytes = all
        tail = all.subarray(Math.max(0, all.byteLength - TAIL_BYTES))
        const before = endsInZeros(all, tail)
          ? tailBeforeZeros((p, n) => all.subarray(p, p + n), all.byteLength)
          : undefined
        if (before) ({ tail, zeros } = before)
      }
    } catch {
      // the path as a writer reads it: Markdown keeps link destinations percent-encoded
      // (`images/我的 照片.png` → `images/%E6%88%91…`); the encoded form is named in the hint
      // only when the source spells it that way
      const shown = decodePath(ref)
      const encoded = shown !== ref && writtenAt(file.value, place, ref)
      const twin = resolved && caseTwin(resolved.absolute)
      report(file, 'error', 'image/missing', 'render', im.msg.missing({ ref: shown }), {
        place,
        value: shown,
        hint: twin
          ? fm.msg.caseTwinHint({ twin })
          : im.msg.missingHint({ source, encoded: encoded ? ref : '' }),
      })
      return undefined
    }
    local = {
      path: resolved.relative,
      absolute: resolved.absolute,
      stats: info,
      tail,
      ...(zeros ? { zeros } : {}),
    }
  }
  return partial ? { bytes, source, local, partial } : { bytes, source, local }
}

/**
 * The first `count` bytes of `file` (fewer if it is shorter), and its last `TAIL_BYTES` bytes (`size`
 * is its stat's): one more small read on the open file, the only cost of the truncation check (but
 * for a JPEG ending in zero bytes: its last bytes before them, `tailBeforeZeros`).
 */
function readEnds(
  file: string,
  count: number,
  size: number,
): { bytes: Uint8Array; tail: Uint8Array; zeros?: number | undefined } {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(count)
    let read = 0
    for (let n = 1; read < count && n > 0; read += n) n = readSync(fd, buffer, read, count - read, read)
    const readAt = (position: number, length: number) => {
      const out = Buffer.allocUnsafe(length)
      return out.subarray(0, readSync(fd, out, 0, length, position))
    }
    const bytes = buffer.subarray(0, read)
    const tail = readAt(Math.max(0, size - TAIL_BYTES), Math.min(TAIL_BYTES, size))
    const before = endsInZeros(bytes, tail) ? tailBeforeZeros(readAt, size) : undefined
    return before ? { bytes, ...before } : { bytes, tail }
  } finally {
    closeSync(fd)
  }
}
