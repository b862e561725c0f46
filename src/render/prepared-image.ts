/** What `prepareImage` gives (see prepare-image.ts): an image ready to upload, or why it cannot be. */
import type { Metadata } from 'sharp'

export type Prepared =
  | {
      ok: true
      data: Uint8Array
      mime: 'image/jpeg' | 'image/png'
      width: number
      height: number
      transformed: boolean
      note?: string
      /** The width in CSS px to show it at: an SVG drawn at more than 1× (`svg-scale.ts`). */
      cssWidth?: number
      /** What readers lose: the animation (first frame kept) or the transparency (flattened). */
      loss?: 'animation' | 'transparency'
    }
  | { ok: false; reason: string }

/** What an image needs before upload, read from its header only (no decoding, no encoding). */
export type Inspected =
  | { ok: false; reason: string }
  | { ok: true; ready: Prepared & { ok: true } }
  | {
      ok: true
      ready?: undefined
      meta?: Metadata
      from: string
      width: number
      height: number
      animated?: boolean
      cssWidth?: number
    }
