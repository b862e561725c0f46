// Photographic-looking images for the benchmark corpus, made with sharp: a few random colours blown up
// into smooth gradients (sky, landscape-like) with film-grain noise on top, at real camera/screenshot
// sizes. Deterministic for a seed.
import sharp from 'sharp'
import { createRandom } from './corpus-random.js'

const TILE = 256

async function gradient(random, width, height) {
  const w = random.int(3, 8)
  const h = random.int(3, 6)
  const base = Buffer.alloc(w * h * 3)
  const hue = [random.int(20, 230), random.int(20, 230), random.int(20, 230)]
  for (let i = 0; i < base.length; i++) base[i] = Math.max(0, Math.min(255, hue[i % 3] + random.int(-70, 70)))
  return sharp(base, { raw: { width: w, height: h, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer()
}

/**
 * One photo (JPEG) or screenshot-like image (PNG) of `width`×`height`; `grain` is the noise level
 * (higher: larger files). Returns the encoded bytes.
 */
export async function makeImage(seed, { width, height, format = 'jpeg', grain = 12, quality = 82 }) {
  const random = createRandom(seed)
  const pixels = await gradient(random, width, height)
  // grain from the seeded generator (sharp's own noise is seeded at random), tiled over the image
  const tile = Buffer.alloc(TILE * TILE * 3)
  for (let i = 0; i < tile.length; i++)
    tile[i] = Math.max(
      0,
      Math.min(255, 128 + Math.round((random.next() + random.next() + random.next() - 1.5) * grain * 2)),
    )
  const noise = { input: tile, raw: { width: TILE, height: TILE, channels: 3 }, tile: true, blend: 'overlay' }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } }).composite([noise])
  return format === 'png' ? image.png({ compressionLevel: 6 }).toBuffer() : image.jpeg({ quality }).toBuffer()
}
