/**
 * The only sharp import: turns any image into JPEG/PNG under a byte limit (WeChat's uploadimg takes
 * jpg/png < 1 MB), resizing and re-encoding only when needed. sharp (a native module, ≈ 0.1 s to
 * load) is loaded only when an image has to be converted or measured. An SVG is drawn at up to 3× its
 * size and shown at its own (svg-scale.ts).
 */
import type { default as Sharp, Metadata } from 'sharp'
import type { Inspected, Prepared } from './prepared-image.js'
import { readImageHeader, usableAsIs } from './image-header.js'
import { decodeBmp, type RawImage } from './decode-bmp.js'
import { alphaPngUnder, FLATTEN_ON, hasTransparency } from './alpha-png.js'
import { fileSize } from './file-size.js'
import { drawnAt } from './svg-scale.js'

const MAX_WIDTH = 1920

let loaded: Promise<typeof Sharp> | undefined
const loadSharp = () => (loaded ??= import('sharp').then((m) => m.default))

export async function prepareImage(input: Uint8Array, maxBytes: number): Promise<Prepared> {
  const bmp = decodeBmp(input)
  if (bmp) return encodeBmp(bmp, input.byteLength, maxBytes)
  const inspected = await inspectImage(input, maxBytes)
  if (!inspected.ok || inspected.ready) return inspected.ok ? inspected.ready : inspected
  return convertImage(input, maxBytes, inspected.meta ?? {}, inspected.from)
}

/** Whether `input` is usable as it is, has to be converted (and from what), or is unreadable. */
export async function inspectImage(input: Uint8Array, maxBytes: number): Promise<Inspected> {
  const kb = fileSize(input.byteLength)
  const header = readImageHeader(input)
  const fits = input.byteLength <= maxBytes
  if (header && usableAsIs(header, input.byteLength, maxBytes)) {
    const { width, height } = header
    const mime = header.format === 'png' ? 'image/png' : 'image/jpeg'
    return { ok: true, ready: { ok: true, data: input, mime, width, height, transformed: false } }
  }
  const bmp = decodeBmp(input)
  if (bmp)
    return { ok: true, from: `bmp ${bmp.width}×${bmp.height}, ${kb}`, width: bmp.width, height: bmp.height }
  const sharp = await loadSharp()
  let meta: Metadata
  try {
    meta = await sharp(input, { animated: false }).metadata()
  } catch {
    return { ok: false, reason: 'not a readable image (unknown or damaged format)' }
  }
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  if ((meta.format === 'jpeg' || meta.format === 'png') && fits && width <= 4096 * 4) {
    const mime = meta.format === 'png' ? 'image/png' : 'image/jpeg'
    return { ok: true, ready: { ok: true, data: input, mime, width, height, transformed: false } }
  }
  const from = `${meta.format ?? 'image'} ${width}×${height}, ${kb}`
  return { ok: true, meta, from, width, height, animated: (meta.pages ?? 1) > 1, ...drawnAt(meta, MAX_WIDTH) }
}

const made = (
  data: Uint8Array,
  mime: 'image/jpeg' | 'image/png',
  size: { width: number; height: number },
  note: string,
): Prepared & { ok: true } => ({
  ok: true,
  data,
  mime,
  width: size.width,
  height: size.height,
  transformed: true,
  note,
})

async function convertImage(
  input: Uint8Array,
  maxBytes: number,
  meta: Partial<Metadata>,
  from: string,
): Promise<Prepared> {
  const sharp = await loadSharp()
  const { scale = 1, cssWidth } = drawnAt(meta, MAX_WIDTH)
  const shown = cssWidth ? { cssWidth } : {}
  const width = Math.round((meta.width ?? 0) * scale)
  const pages = meta.pages ?? 1
  try {
    let pipeline = sharp(input, { animated: false, ...(scale > 1 && { density: 72 * scale }) }).rotate()
    if (width > MAX_WIDTH) pipeline = pipeline.resize({ width: MAX_WIDTH, withoutEnlargement: true })
    const frame = pages > 1 ? ' (first frame of an animation)' : ''
    const animation = pages > 1 ? { loss: 'animation' as const } : {}
    let flattened = ''
    if (meta.hasAlpha && meta.format !== 'jpeg') {
      const see = await hasTransparency(pipeline)
      // an opaque alpha channel: one palette try (sharp text of a screenshot), no smaller sizes
      const png = see
        ? await alphaPngUnder(pipeline, Math.min(width, MAX_WIDTH), maxBytes)
        : await alphaPngUnder(pipeline.clone().removeAlpha(), Math.min(width, MAX_WIDTH), maxBytes, 1)
      if (png) {
        const note = `${from} → PNG ${png.info.width}×${png.info.height}${frame}`
        return { ...made(png.data, 'image/png', png.info, note), ...animation, ...shown }
      }
      pipeline = pipeline.flatten({ background: FLATTEN_ON })
      if (see) flattened = ` (transparency flattened onto ${FLATTEN_ON})`
    }
    const loss = flattened ? { loss: 'transparency' as const } : animation
    for (const quality of [86, 76, 64, 50, 38]) {
      for (const scale of [1, 0.75, 0.5]) {
        let p = pipeline.clone()
        if (scale < 1) p = p.resize({ width: Math.round(Math.min(width, MAX_WIDTH) * scale) })
        const jpg = await p.jpeg({ quality, mozjpeg: true }).toBuffer({ resolveWithObject: true })
        if (jpg.data.byteLength <= maxBytes) {
          const { width: w, height: h } = jpg.info
          const kb = fileSize(jpg.data.byteLength)
          return {
            ...made(jpg.data, 'image/jpeg', jpg.info, `${from} → JPEG ${w}×${h}, ${kb}${frame}${flattened}`),
            ...loss,
            ...shown,
          }
        }
      }
    }
  } catch (error) {
    return { ok: false, reason: `cannot be converted: ${(error as Error).message}` }
  }
  return { ok: false, reason: `cannot be made smaller than ${(maxBytes / 1024 / 1024).toFixed(0)} MB` }
}

/** BMP → PNG (or JPEG when the PNG is too large). */
async function encodeBmp(bmp: RawImage, inputBytes: number, maxBytes: number): Promise<Prepared> {
  const sharp = await loadSharp()
  const raw = () => sharp(bmp.pixels, { raw: { width: bmp.width, height: bmp.height, channels: 4 } })
  const from = `bmp ${bmp.width}×${bmp.height}, ${fileSize(inputBytes)}`
  const png = await raw().png({ compressionLevel: 9 }).toBuffer()
  if (png.byteLength <= maxBytes) return made(png, 'image/png', bmp, `${from} → PNG`)
  for (const quality of [86, 70, 50]) {
    const jpg = await raw()
      .flatten({ background: '#ffffff' })
      .resize({ width: Math.min(bmp.width, 1920), withoutEnlargement: true })
      .jpeg({ quality })
      .toBuffer({ resolveWithObject: true })
    if (jpg.data.byteLength <= maxBytes) return made(jpg.data, 'image/jpeg', jpg.info, `${from} → JPEG`)
  }
  return { ok: false, reason: `cannot be made smaller than ${(maxBytes / 1024 / 1024).toFixed(0)} MB` }
}

/** Pixel size of any image sharp can read. */
export async function imageSizeWithSharp(
  file: string,
): Promise<{ width: number; height: number } | undefined> {
  const sharp = await loadSharp()
  const meta = await sharp(file).metadata()
  return meta.width && meta.height ? { width: meta.width, height: meta.height } : undefined
}

/** A small JPEG preview (cover thumbnails of the PR report), at most `maxWidth` pixels wide. */
export async function thumbnailJpeg(input: Uint8Array, maxWidth: number): Promise<Uint8Array | undefined> {
  const sharp = await loadSharp()
  try {
    const out = await sharp(input, { animated: false })
      .resize({ width: maxWidth, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80 })
      .toBuffer()
    return new Uint8Array(out)
  } catch {
    return undefined
  }
}

/** Largest standard deviation of a colour channel: 0 for an image of one colour. */
export async function colourSpread(input: Uint8Array): Promise<number> {
  const sharp = await loadSharp()
  const stats = await sharp(input).stats()
  return Math.max(...stats.channels.map((c) => c.stdev))
}
