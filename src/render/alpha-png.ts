/**
 * An image with transparent pixels kept as a PNG under WeChat's body-image limit: a sticker or logo
 * flattened to JPEG becomes a white box on a tinted section and on WeChat's dark page. Palette
 * quantisation first (effort 1: the palette of a noisy 1280×800 screenshot in ≈ 1 s instead of
 * ≈ 10 s, ≈ 3 % larger), then smaller sizes, each guessed from how far the last one missed (bytes grow
 * with the pixels), down to twice the phone's 343 px column; only then does the caller flatten it.
 * The sharp pipeline comes from `prepare-image.ts`, the only module that loads sharp.
 */
import type { OutputInfo, Sharp } from 'sharp'

/** What transparent pixels become when no PNG fits (the last resort). */
export const FLATTEN_ON = '#ffffff'
/** Narrowest PNG tried: a 343 px column at 2 device pixels per px. */
export const MIN_ALPHA_WIDTH = 686

/** Whether some pixel is not fully opaque (an alpha channel that is all 255 does not count). */
export async function hasTransparency(pipeline: Sharp): Promise<boolean> {
  return !(await pipeline.clone().stats()).isOpaque
}

/** The palette PNG of `pipeline` (`width` px wide) within `maxBytes` in `attempts` tries, or undefined. */
export async function alphaPngUnder(
  pipeline: Sharp,
  width: number,
  maxBytes: number,
  attempts = 4,
): Promise<{ data: Buffer; info: OutputInfo } | undefined> {
  let target = width
  for (let attempt = 0; attempt < attempts; attempt++) {
    let p = pipeline.clone()
    if (target < width) p = p.resize({ width: target })
    const png = await p
      .png({ compressionLevel: 9, palette: true, quality: attempt === 0 ? 100 : 80, effort: 1 })
      .toBuffer({ resolveWithObject: true })
    if (png.data.byteLength <= maxBytes) return png
    if (target <= MIN_ALPHA_WIDTH) return undefined
    const guess = Math.floor(target * Math.sqrt(maxBytes / png.data.byteLength) * 0.9)
    target = Math.max(MIN_ALPHA_WIDTH, Math.min(guess, target - 1))
  }
  return undefined
}
