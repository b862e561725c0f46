/** A restored image whose bytes are read only when something uses them (see `ImageStore.restore`). */
import { readFileSync } from 'node:fs'
import { sha256 as sha } from '../cache/file-hashes.js'
import type { PlannedImage } from './planned-image.js'

/**
 * The image with `data` read from `file` on first use, checked against its hash. `data` is not
 * enumerable, so that a copy (`{ ...image, data: empty }`) does not read it.
 */
export function withLazyData(meta: Omit<PlannedImage, 'data'>, file: string): PlannedImage {
  const image = { ...meta } as PlannedImage
  let data: Uint8Array | undefined
  Object.defineProperty(image, 'data', {
    configurable: true,
    get() {
      if (data) return data
      const bytes = readFileSync(file)
      if (sha(bytes) !== meta.hash) throw new Error(`${meta.source} changed while wxpress was running`)
      data = bytes
      return data
    },
  })
  return image
}
