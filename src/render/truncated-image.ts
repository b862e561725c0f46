/**
 * The `image/truncated` finding: a local image cut short (`image-ending.ts` tells, from its last
 * bytes), reported on the image reference (a body image's, or the front-matter `cover`).
 */
import type { Position } from 'unist'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { renderImageMessages as im } from '../i18n/messages/render-images.js'
import type { ImageSource } from './read-image-source.js'
import { HEAD_BYTES, statDep } from './stand-in.js'
import { truncatedFormat } from './image-ending.js'

/**
 * Reports `image/truncated` on the image reference when the local image `read` is cut short, and
 * gives the dependency the render records then (the file's stat: a fixed file clears the finding).
 */
export function reportTruncated(
  file: VFile,
  ref: string,
  place: Position | undefined,
  read: ImageSource,
): { path: string; hash: string } | undefined {
  const local = read.local
  const head = read.bytes.subarray(0, HEAD_BYTES)
  const format = local && truncatedFormat(head, local.tail, local.stats.size, local.zeros)
  if (!local || !format) return undefined
  const size = local.stats.size
  const zeros = local.zeros ?? 0
  report(file, 'error', 'image/truncated', 'render', im.msg.truncated({ ref, format, size, zeros }), {
    place,
    value: ref,
    hint: im.msg.truncatedHint(),
  })
  return { path: local.path, hash: statDep(local.stats) }
}
