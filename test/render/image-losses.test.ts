import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import type { MessageRecord } from '../../src/diagnostics/message-records.js'
import { renderText } from '../../src/i18n/catalogue.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { prepareImage } from '../../src/render/prepare-image.js'
import { withLoss } from '../../src/render/report-conversion.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const MB = 1024 * 1024 - 1

/** The tester's sticker (t18 M1): a noisy red disc on transparency (theirs 1600 px, ≈ 8 MB). */
function sticker(size = 1600, seed = 7): Promise<Buffer> {
  let state = seed
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pixels = Buffer.alloc(size * size * 4)
  const c = size / 2
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4
      pixels[i] = 200 + random() * 55
      pixels[i + 1] = random() * 80
      pixels[i + 2] = random() * 80
      pixels[i + 3] = (x - c) ** 2 + (y - c) ** 2 < (c * 0.75) ** 2 ? 255 : 0
    }
  return sharp(pixels, { raw: { width: size, height: size, channels: 4 } })
    .png()
    .toBuffer()
}

async function gif(frames: string[]): Promise<Buffer> {
  const raw = await Promise.all(
    frames.map((background) =>
      sharp({ create: { width: 300, height: 200, channels: 4, background } })
        .raw()
        .toBuffer(),
    ),
  )
  const pageHeight = 200
  return sharp(Buffer.concat(raw), {
    raw: { width: 300, height: 200 * frames.length, channels: 4, pageHeight },
  })
    .gif({ loop: 0, delay: frames.map(() => 500) })
    .toBuffer()
}

describe('converting images without losing what readers see', () => {
  it('a transparent PNG over 1 MB stays a PNG with its alpha, under 1 MB (smaller when it must be)', async () => {
    const input = await sticker(2400)
    expect(input.byteLength).toBeGreaterThan(MB)
    const out = await prepareImage(input, MB)
    if (!out.ok) throw new Error(out.reason)
    expect([out.mime, out.loss]).toEqual(['image/png', undefined])
    expect(out.data.byteLength).toBeLessThanOrEqual(MB)
    const meta = await sharp(out.data).metadata()
    expect(meta.hasAlpha).toBe(true)
    const corner = await sharp(out.data).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer()
    expect(corner[3]).toBe(0) // still transparent, no white box
  }, 60_000)

  it('flattens onto white only when no smaller PNG fits, and says so', async () => {
    const out = await prepareImage(await sticker(900), 120 * 1024)
    if (!out.ok) throw new Error(out.reason)
    expect([out.mime, out.loss]).toEqual(['image/jpeg', 'transparency'])
    expect(out.note).toMatch(/\(transparency flattened onto #ffffff\)$/)
    // a check's cached info becomes the warning once the render has converted the image
    const info: MessageRecord = [
      'info',
      'image/converted',
      'render',
      { id: 'renderImage.converted', params: { ref: 's.png', note: 'x' } },
      [3, 1, 0],
    ]
    const warning = withLoss(info, out.note!, out.loss)
    expect([warning[0], warning[1]]).toEqual(['warning', 'image/transparency-lost'])
    expect(renderText(warning[3] as never, 'zh-CN')).toMatch(
      /^图片 s\.png 会失去透明背景：.*透明部分填成 白色（#ffffff）：png .* → JPEG .*（透明部分填成 #ffffff）$/,
    )
  }, 60_000)

  it('an animated GIF warns that only its first frame is kept; a still GIF is an info', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-gif-'))
    const dir = path.join(root, 'content', 'gif')
    mkdirSync(dir, { recursive: true })
    copyFileSync(path.join(here, 'fixtures', 'mermaid', 'cover.png'), path.join(dir, 'cover.png'))
    writeFileSync(path.join(dir, 'anim.gif'), await gif(['#e33', '#33e', '#3a3']))
    writeFileSync(path.join(dir, 'still.gif'), await gif(['#e33']))
    writeFileSync(
      path.join(dir, 'index.md'),
      '---\ntitle: 动图\ntopic: 品牌上新\naudience: 全部粉丝\ncover: cover.png\n---\n\n![面料](anim.gif)\n\n![静图](still.gif)\n',
    )
    const config = defaultConfig()
    for (const imageData of [false, true]) {
      // a check (no image data: nothing converted) and a render say the same
      const renderer = await createRenderer({ root, config, cacheDir: path.join(root, `c${imageData}`) })
      const article = await loadArticle({
        root,
        absolutePath: path.join(dir, 'index.md'),
        slug: 'gif',
        config,
      })
      await renderer.render(article, { imageData })
      const found = article.file.messages.map((m) => [
        m.ruleId,
        m.line,
        m.fatal === false ? 'warning' : 'info',
      ])
      expect(found.sort()).toEqual([
        ['image/animation-lost', 8, 'warning'],
        ['image/converted', 10, 'info'],
      ])
      expect(article.file.messages.find((m) => m.ruleId === 'image/animation-lost')!.note).toBe(
        'Only the first frame is kept; if the animation matters, replace this image at mp.weixin.qq.com after the draft is created.',
      )
    }
  }, 60_000)
})
