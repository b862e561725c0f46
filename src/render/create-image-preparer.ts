/**
 * Converts image bytes with `prepareImage`: a JPEG/PNG within the size limit is used as it is; others are
 * converted once per run (the same photo in many articles) and cached by the hash of the source bytes.
 * A check defers conversions (`defer`): it reads what the image is from its header and reports that
 * it will be converted; the bytes are made when an upload or the HTML needs them (render, publish).
 */
import type { Cache } from '../cache/create-cache.js'
import type { PlannedImage } from './planned-image.js'
import { readImageHeader } from './image-header.js'
import type { Prepared } from './prepared-image.js'

export const BODY_IMAGE_MAX = 1024 * 1024 - 1
/** Part of every conversion's cache key: raised when conversions change (2: SVG drawn at up to 3×). */
const CONVERSION = 2

/** A conversion left for later: the source's size and format stand for the result's. */
export type Deferred = Prepared & { ok: true; deferred?: true }

export function createImagePreparer(cache: Cache) {
  // the same photo in many articles is converted once per run: hash → prepared
  const prepared = new Map<string, ReturnType<typeof convert>>()
  async function prepare(
    source: Uint8Array,
    kind: 'body' | 'cover',
    hash: string,
    defer = false,
  ): Promise<Deferred | (Prepared & { ok: false })> {
    const header = readImageHeader(source)
    if (header && source.byteLength <= BODY_IMAGE_MAX) {
      const { prepareImage } = await import('./prepare-image.js')
      return prepareImage(source, BODY_IMAGE_MAX) // ready as it is: no cache round trip
    }
    if (defer) return inspect(source, header?.format === 'png')
    const key = `${hash}-${kind}-${CONVERSION}`
    let pending = prepared.get(key)
    if (!pending) prepared.set(key, (pending = convert(source, key)))
    return pending
  }

  async function inspect(source: Uint8Array, png: boolean): Promise<Deferred | (Prepared & { ok: false })> {
    const { inspectImage } = await import('./prepare-image.js')
    const inspected = await inspectImage(source, BODY_IMAGE_MAX)
    if (!inspected.ok || inspected.ready) return inspected.ok ? inspected.ready : inspected
    const { width, height } = inspected
    return {
      ok: true,
      deferred: true,
      data: new Uint8Array(0),
      mime: png ? 'image/png' : 'image/jpeg',
      width,
      height,
      transformed: true,
      note: `${inspected.from} → JPEG/PNG ≤ 1 MB on render${inspected.animated ? ' (first frame of an animation)' : ''}`,
      ...(inspected.cssWidth ? { cssWidth: inspected.cssWidth } : {}),
      ...(inspected.animated ? { loss: 'animation' as const } : {}),
    }
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
      cssWidth?: number
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
