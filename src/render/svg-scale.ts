/**
 * WeChat takes JPEG/PNG only, so an SVG file is drawn into pixels. At 1× a 400 px wide drawing became
 * 400 pixels, shown 343 CSS px wide on a phone with 3 device pixels to the CSS pixel: blurry. It is
 * drawn at up to 3× its size instead (sharp's `density`: 72 dpi is 1×), no wider than the widest image
 * wxpress uploads and within a pixel budget (a tall drawing), and shown at its own size.
 */
const MAX_SCALE = 3
/** About 7 million pixels: twice a 1920 × 1920 square. */
const MAX_PIXELS = 2 * 1920 * 1920

/** How many times its own size an SVG of `width` × `height` CSS px is drawn (1 when it is large). */
export function svgScale(width: number, height: number, maxWidth: number): number {
  if (!(width > 0 && height > 0)) return 1
  const scale = Math.min(MAX_SCALE, maxWidth / width, Math.sqrt(MAX_PIXELS / (width * height)))
  return Math.max(scale, 1)
}

/** How many times its size an image is drawn (an SVG only), and the CSS width to show it at then. */
export function drawnAt(
  meta: { format?: string; width?: number; height?: number },
  maxWidth: number,
): { scale?: number; cssWidth?: number } {
  const scale = meta.format === 'svg' ? svgScale(meta.width ?? 0, meta.height ?? 0, maxWidth) : 1
  return scale > 1 ? { scale, cssWidth: meta.width! } : {}
}
