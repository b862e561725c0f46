/**
 * Reads type and pixel size of JPEG and PNG files from their headers, so images that are already
 * WeChat-ready never go through a decoder.
 */
export interface ImageHeader {
  format: 'jpeg' | 'png'
  width: number
  height: number
}

export function readImageHeader(data: Uint8Array): ImageHeader | undefined {
  if (data.length > 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) }
  }
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
    let i = 2
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return undefined
      const marker = data[i + 1]!
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
        i += marker === 0xff ? 1 : 2
        continue
      }
      const length = (data[i + 2]! << 8) | data[i + 3]!
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return {
          format: 'jpeg',
          height: (data[i + 5]! << 8) | data[i + 6]!,
          width: (data[i + 7]! << 8) | data[i + 8]!,
        }
      }
      i += 2 + length
    }
  }
  return undefined
}

/** Whether a JPEG/PNG of `bytes` bytes with this header is uploaded as it is (no decoder, no conversion). */
export function usableAsIs(header: ImageHeader | undefined, bytes: number, maxBytes: number): boolean {
  return (
    header !== undefined &&
    header.width > 0 &&
    header.height > 0 &&
    bytes <= maxBytes &&
    header.width <= 16384
  )
}
