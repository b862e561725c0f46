// Writes a site of `count` realistic articles for `npm run bench` (deterministic: seed 18). Each
// article: 800–6,000 字 (bench/corpus-text.js), its own cover (900×383 JPEG) and 1–4 body images:
// most distinct photos (1600×1200 JPEG, ≈ 200–300 KB, each used by one or two articles), some of a
// few shared large ones that must be converted for WeChat (2000×1500 JPEG > 1 MB, 1280×800 PNG
// screenshots ≈ 3 MB). Images are hard links into a pool (same bytes as copies, less disk).
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { makeImage } from './corpus-images.js'
import { createRandom } from './corpus-random.js'
import { articleMarkdown } from './corpus-text.js'

export const CORPUS_VERSION = 'realistic-1'
const SEED = 18

const SHARED = [
  { name: 'team-photo.jpg', width: 2000, height: 1500, grain: 22, quality: 93 },
  { name: 'venue.jpg', width: 2000, height: 1500, grain: 24, quality: 94 },
  { name: 'dashboard.png', width: 1280, height: 800, format: 'png', grain: 8 },
  { name: 'editor.png', width: 1280, height: 800, format: 'png', grain: 6 },
  { name: 'logo-wall.png', width: 600, height: 300, format: 'png', grain: 2 },
  { name: 'qrcode.png', width: 400, height: 400, format: 'png', grain: 1 },
]

/** Runs `jobs` at a time (image encoding is native and multi-threaded already; this keeps memory bounded). */
async function pool(items, jobs, fn) {
  let next = 0
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < items.length) await fn(items[next++])
    }),
  )
}

/** Writes the corpus under `root` (content/ and wxpress.config.json); skips it when already complete. */
export async function generateRealistic(root, count) {
  const stamp = path.join(root, `.corpus-${CORPUS_VERSION}-${count}`)
  if (existsSync(stamp)) return
  rmSync(path.join(root, 'content'), { recursive: true, force: true })
  const random = createRandom(SEED)
  const photos = Math.ceil(count * 0.6)
  const poolDir = path.join(root, 'pool')
  mkdirSync(poolDir, { recursive: true })
  const have = new Set(readdirSync(poolDir))
  const wanted = [
    ...SHARED.map((s, k) => ({ ...s, seed: 1000 + k })),
    ...Array.from({ length: photos }, (_, k) => ({
      name: `photo-${k}.jpg`,
      width: 1600,
      height: 1200,
      grain: 10 + (k % 7),
      quality: 80,
      seed: 2000 + k,
    })),
    ...Array.from({ length: count }, (_, k) => ({
      name: `cover-${k}.jpg`,
      width: 900,
      height: 383,
      grain: 10,
      quality: 80,
      seed: 5000 + k,
    })),
  ]
  await pool(
    wanted.filter((w) => !have.has(w.name)),
    4,
    async (w) => writeFileSync(path.join(poolDir, w.name), await makeImage(w.seed, w)),
  )
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'content', `post-${String(i + 1).padStart(4, '0')}`)
    mkdirSync(path.join(dir, 'images'), { recursive: true })
    linkSync(path.join(poolDir, `cover-${i}.jpg`), path.join(dir, 'cover.jpg'))
    const images = []
    for (let k = random.int(1, 4); k > 0; k--) {
      const source = random.chance(0.15) ? random.pick(SHARED).name : `photo-${random.int(0, photos - 1)}.jpg`
      const name = `images/${images.length + 1}-${source}`
      linkSync(path.join(poolDir, source), path.join(dir, name))
      images.push(name)
    }
    const date = new Date(Date.UTC(2027, 2, 2) + i * 86_400_000).toISOString().slice(0, 10)
    writeFileSync(path.join(dir, 'index.md'), articleMarkdown(random, i, { date, images }))
  }
  writeFileSync(
    path.join(root, 'wxpress.config.json'),
    JSON.stringify({ timezone: 'Asia/Shanghai', schedule: { horizonDays: 3650 } }, null, 2),
  )
  writeFileSync(stamp, '')
}
