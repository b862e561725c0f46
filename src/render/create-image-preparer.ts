/**
 * Converts image bytes with `prepareImage`: a JPEG/PNG within the size limit is used as it is; others are
 * converted once per run (the same photo in many articles) and cached by the hash of the source bytes.
 */
import type { Cache } from '../cache/create-cache.js'
import type { PlannedImage } from './planned-image.js'
import { readImageHeader } from './image-header.js'

export const BODY_IMAGE_MAX = 1024 * 1024 - 1

export function createImagePreparer(cache: Cache) {
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
  return prepare
}
