/**
 * A truncated image (a download or copy cut off) whose header still reads: a check reads only the
 * header of a photo (`HEAD_BYTES`), so it would pass check and render and fail only at publish
 * (sharp, or WeChat, refuses it). Cost: one read of the last `TAIL_BYTES` bytes of each local image
 * (on the file already opened for its header, or from the bytes when the whole file was read).
 *
 * Lenient by design, since calling a valid photo broken is worse than missing a broken one:
 * - JPEG: complete when its EOI marker (FF D9) is among the last bytes (padding or a short trailer
 *   after it is fine). A JPEG ending in zero bytes (a download into a preallocated file, interrupted)
 *   is judged by its last bytes before them (`tailBeforeZeros`: read backwards, at most 4 MB): EOI
 *   there is padding after a whole photo; scan data, or a scan header (SOS) not followed by an EOI,
 *   there is a photo cut short and padded. Data appended after EOI by cameras (motion photos, Samsung's `SEFT` trailer,
 *   unknown trailers) is not truncation: a finding needs a tail that looks like the middle of a scan
 *   (every FF stuffed, not text, not one repeated padding byte) and a header without motion-photo XMP.
 * - PNG: the `IEND` chunk among the last bytes. GIF: ends with its trailer (3B) or a block end (00).
 * - WebP: the file is at least as long as its RIFF header says.
 */
/** How many last bytes of an image the check reads (≤ 64: one small read). */
export const TAIL_BYTES = 64

/** How far back from its end the zero bytes ending a JPEG are skipped (further: judged lenient). */
export const ZERO_RUN_MAX = 4 * 1024 * 1024
/** The size of each backward read over the zero bytes. */
const ZERO_CHUNK = 64 * 1024

/** Whether a file with these first and last bytes is a JPEG ending in zero bytes. */
export const endsInZeros = (head: Uint8Array, tail: Uint8Array): boolean =>
  head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff && tail.length > 0 && tail.every((b) => b === 0)

/**
 * The last `TAIL_BYTES` bytes before the zero bytes that end a file of `size` bytes, and how many zero
 * bytes follow them; `read(position, length)` reads the file (backwards in 64 KB steps, only as far as
 * the zeros go, at most `ZERO_RUN_MAX`). Undefined when the zeros go on further than that.
 */
export function tailBeforeZeros(
  read: (position: number, length: number) => Uint8Array,
  size: number,
): { tail: Uint8Array; zeros: number } | undefined {
  const limit = Math.max(0, size - ZERO_RUN_MAX)
  for (let end = size; end > limit; ) {
    const start = Math.max(limit, end - ZERO_CHUNK)
    const chunk = read(start, end - start)
    let i = chunk.length - 1
    while (i >= 0 && chunk[i] === 0) i--
    if (i >= 0) {
      const last = start + i + 1
      const tail =
        i + 1 >= TAIL_BYTES
          ? chunk.subarray(i + 1 - TAIL_BYTES, i + 1)
          : read(Math.max(0, last - TAIL_BYTES), Math.min(TAIL_BYTES, last))
      return { tail, zeros: size - last }
    }
    end = start
  }
  return undefined
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0))
const IEND = ascii('IEND')
/** XMP of motion photos and gain-map JPEGs: data (a video, a second JPEG) follows the first EOI. */
const APPENDED = ['MotionPhoto', 'MicroVideo', 'Container:Directory'].map(ascii)

function indexOf(data: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

/** Whether `tail` can only be the middle of entropy-coded JPEG data (no marker, no text, no padding). */
function midScan(tail: Uint8Array): boolean {
  if (tail.every((b) => b === tail[0])) return false
  if (tail.every((b) => b < 0x80)) return false
  for (let i = 0; i + 1 < tail.length; i++) {
    const next = tail[i + 1]!
    if (tail[i] === 0xff && next !== 0x00 && next !== 0xff && (next < 0xd0 || next > 0xd7)) return false
  }
  return true
}

export type ImageFormat = 'JPEG' | 'PNG' | 'GIF' | 'WebP'

/**
 * The format of a file that is cut short, from its first bytes, last bytes and size; undefined when
 * it looks complete (or is another format, or cannot be told). `zeros`: zero bytes that follow `tail`
 * at the end of the file (`tailBeforeZeros`).
 */
export function truncatedFormat(
  head: Uint8Array,
  tail: Uint8Array,
  size: number,
  zeros = 0,
): ImageFormat | undefined {
  const [a, b, c, d] = head
  if (a === 0xff && b === 0xd8 && c === 0xff) {
    for (let i = 0; i + 1 < tail.length; i++) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return undefined
    // padded with zeros right after a scan header (SOS) and no EOI: the scan was never written
    if (zeros > 0 && indexOf(tail, [0xff, 0xda]) >= 0) return 'JPEG'
    const seft = tail.length >= 4 && indexOf(tail.subarray(-4), ascii('SEFT')) === 0
    if (seft || !midScan(tail) || APPENDED.some((n) => indexOf(head, n) >= 0)) return undefined
    return 'JPEG'
  }
  if (a === 0x89 && b === 0x50 && c === 0x4e && d === 0x47)
    return indexOf(tail, IEND) >= 0 || tail.every((x) => x === tail[0]) ? undefined : 'PNG'
  if (a === 0x47 && b === 0x49 && c === 0x46) {
    const last = tail[tail.length - 1]
    return last === 0x3b || last === 0x00 ? undefined : 'GIF'
  }
  const riff = indexOf(head.subarray(0, 4), ascii('RIFF')) === 0
  if (riff && head.length >= 12 && indexOf(head.subarray(8, 12), ascii('WEBP')) === 0) {
    const declared = new DataView(head.buffer, head.byteOffset, 8).getUint32(4, true) + 8
    return size < declared ? 'WebP' : undefined
  }
  return undefined
}
