/** An image as it will be uploaded: final bytes (JPEG/PNG ≤ 1 MB), referenced in HTML as `file`. */
export interface PlannedImage {
  /** sha256 of the final bytes. */
  hash: string
  /** `assets/<hash>.<jpg|png>`: how the HTML references it until it is uploaded. */
  file: string
  /** Site-relative path or remote URL as written. */
  source: string
  kind: 'body' | 'cover'
  mime: 'image/jpeg' | 'image/png'
  bytes: number
  width: number
  height: number
  /** The width in CSS px to show it at, when its pixels are denser (an SVG drawn at 2–3×). */
  cssWidth?: number
  data: Uint8Array
  /** Re-encoded or resized to fit WeChat's limits. */
  transformed: boolean
  /** To be converted, not yet (a check, a helper thread): `hash` is the source's, `file` stands in,
   * `data` is empty, sizes are the source's; `note` is what its `image/converted` finding says. Or,
   * not `transformed`: a photo used as it is that a check named by a stand-in (`stand-in.ts`). */
  deferred?: true
  note?: string
}
