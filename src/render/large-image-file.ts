/**
 * The `image/large-file` warning: a local image far larger than anything WeChat shows (≤ 1 MB, 1920 px
 * wide after conversion). The article is fine, it is converted; but git keeps every version of the
 * file forever, and every clone and CI run downloads it.
 */
import type { Position } from 'unist'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { imageFileMessages as im } from '../i18n/messages/image-files.js'

/** Above this, a photo is worth shrinking before it is committed (phone photos are 2–8 MB). */
export const LARGE_IMAGE_BYTES = 10 * 1024 * 1024

export function reportLargeFile(file: VFile, ref: string, place: Position | undefined, bytes: number): void {
  if (bytes <= LARGE_IMAGE_BYTES) return
  const mb = (bytes / 1024 / 1024).toFixed(1)
  report(file, 'warning', 'image/large-file', 'render', im.msg.largeFile({ ref, mb }), {
    place,
    value: ref,
    hint: im.msg.largeFileHint(),
  })
}
