import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../src/browser/launch-browser.js'
import { readImageHeader } from '../../src/render/image-header.js'
import { colourSpread } from '../../src/render/prepare-image.js'
import { DEVICE_SCALE, MAX_SCREENSHOT_HEIGHT } from '../../src/pr/screenshots.js'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, NOW, prSite } from './pr-site.js'
import { testBrowserEnv } from '../helpers/test-browser.js'

describe.skipIf(!findChromium() && !process.env.CI)('pr-check screenshots (headless Chromium)', () => {
  it('takes a 375 px phone screenshot of each checked article, cut at the height cap', async () => {
    const long = Array.from(
      { length: 400 },
      (_, i) => `第 ${i + 1} 段：这是一段很长的正文，用来测试截图的高度上限。`,
    ).join('\n\n')
    const root = prSite([
      {
        slug: 'short',
        slot: '2027-04-15T20:00:00+08:00',
        body: '## 小标题\n\n正文第一段，有一张图。\n\n![示意图](images/figure.png)\n',
      },
      { slug: 'long', slot: '2027-04-16T20:00:00+08:00', body: long },
    ])
    for (const slug of ['short', 'long']) {
      const file = path.join(root, 'content', slug, 'index.md')
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n最后一段。\n`)
    }
    commitAll(root)
    const r = await runCli(['pr-check', '--base', 'main', '--now', NOW], root, testBrowserEnv())
    expect(r.stderr).not.toContain('screenshots skipped')
    const report = prReportSchema.parse(
      JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')),
    )
    const sizes: Record<string, { width: number; height: number }> = {}
    for (const a of report.articles) {
      expect(a.screenshot).toBe(`screenshots/${a.slug}.png`)
      const png = readFileSync(path.join(root, 'wxpress-pr', a.screenshot!))
      const header = readImageHeader(png)
      expect(header?.format).toBe('png')
      sizes[a.slug] = { width: header!.width, height: header!.height }
      // a real page: text, a card and an image, not one colour
      expect(await colourSpread(png)).toBeGreaterThan(10)
    }
    expect(sizes.short!.width).toBe(375 * DEVICE_SCALE)
    expect(sizes.long!.width).toBe(375 * DEVICE_SCALE)
    expect(sizes.short!.height).toBeLessThan(MAX_SCREENSHOT_HEIGHT * DEVICE_SCALE)
    expect(sizes.long!.height).toBe(MAX_SCREENSHOT_HEIGHT * DEVICE_SCALE)
    // the cut one ends in a dark band that says so (trial P #9); the short one does not
    const bottom = async (slug: string) => {
      const png = readFileSync(path.join(root, 'wxpress-pr', 'screenshots', `${slug}.png`))
      const { height } = sizes[slug]!
      const strip = await sharp(png)
        .extract({ left: 0, top: height - 60, width: 375 * DEVICE_SCALE, height: 40 })
        .greyscale()
        .raw()
        .toBuffer()
      return strip.reduce((sum, v) => sum + v, 0) / strip.length
    }
    expect(await bottom('long')).toBeLessThan(90)
    expect(await bottom('short')).toBeGreaterThan(150)
  }, 120_000)
})
