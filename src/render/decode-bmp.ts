/**
 * Decodes uncompressed Windows bitmaps (BMP, 24- and 32-bit BI_RGB / BI_BITFIELDS), which sharp
 * cannot read, into raw RGBA pixels so they can be re-encoded for WeChat.
 */
export interface RawImage {
  width: number
  height: number
  /** RGBA, row by row from the top. */
  pixels: Uint8Array
}

export function decodeBmp(data: Uint8Array): RawImage | undefined {
  if (data.length < 54 || data[0] !== 0x42 || data[1] !== 0x4d) return undefined
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const offset = view.getUint32(10, true)
  const width = view.getInt32(18, true)
  const rawHeight = view.getInt32(22, true)
  const bpp = view.getUint16(28, true)
  const compression = view.getUint32(30, true)
  if (width <= 0 || rawHeight === 0 || (bpp !== 24 && bpp !== 32) || (compression !== 0 && compression !== 3))
    return undefined
  const height = Math.abs(rawHeight)
  const topDown = rawHeight < 0
  const stride = Math.ceil((width * bpp) / 32) * 4
  if (offset + stride * height > data.length) return undefined
  const pixels = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const row = offset + stride * (topDown ? y : height - 1 - y)
    for (let x = 0; x < width; x++) {
      const src = row + x * (bpp / 8)
      const dst = (y * width + x) * 4
      pixels[dst] = data[src + 2]!
      pixels[dst + 1] = data[src + 1]!
      pixels[dst + 2] = data[src]!
      pixels[dst + 3] = bpp === 32 && compression === 3 ? data[src + 3]! : 255
    }
  }
  return { width, height, pixels }
}
