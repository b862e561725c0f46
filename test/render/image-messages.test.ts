/**
 * Image findings read as the writer wrote the article: a local path with spaces or Chinese is named
 * decoded (Markdown keeps `![x](<截图 1.png>)` percent-encoded), and a file under 1 KB has its size in
 * bytes (`238 bytes` / `238 字节`), never `0 KB`.
 */
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import type { WxMessage } from '../../src/diagnostics/diagnostic.js'
import { renderText } from '../../src/i18n/catalogue.js'
import { imageFactsZh } from '../../src/i18n/messages/render-reasons-zh.js'
import { createDryRunClient } from '../../src/publish/dry-run-client.js'
import { fileSize } from '../../src/render/file-size.js'
import { inspectImage } from '../../src/render/prepare-image.js'
import { caseRenderer } from './case-renderer.js'

const { renderCase } = await caseRenderer(defaultConfig())

describe('image messages', () => {
  it('name a local path decoded and give sizes under 1 KB in bytes (en, zh-CN)', async () => {
    const { article } = await renderCase('images')
    const converted = (article.file.messages as WxMessage[]).filter((m) => m.ruleId === 'image/converted')
    const shot = converted.find((m) => m.line === 35)!
    expect(shot.reason).toMatch(
      /^Image images\/截图 2027-02-11 下午3\.15\.22\.webp converted for WeChat: webp 64×32, 80 bytes → JPEG 64×32, \d+ bytes$/,
    )
    expect(renderText(shot.i18n!.message!, 'zh-CN')).toMatch(
      /^图片 images\/截图 2027-02-11 下午3\.15\.22\.webp 已为微信转换：WebP，64×32，80 字节 → JPEG，64×32，\d+ 字节$/,
    )
    for (const m of converted) expect(m.reason).not.toMatch(/%[0-9A-F]{2}|\b0 KB/)
  })

  it('describe a 238-byte SVG as 238 bytes / 238 字节, larger files in KB and MB', async () => {
    const svg = new TextEncoder().encode(
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#1f8a5b"/><text x="10" y="50" font-size="20" fill="#fff">wxpress</text>${' '.repeat(59)}</svg>`,
    )
    expect(svg.byteLength).toBe(238)
    const inspected = await inspectImage(svg, 1024 * 1024)
    expect(inspected.ok && !inspected.ready && inspected.from).toBe('svg 200×100, 238 bytes')
    expect(imageFactsZh('svg 200×100, 238 bytes')).toBe('SVG，200×100，238 字节')
    expect(imageFactsZh('jpeg 4000×3000, 5466 KB → JPEG 1920×1440, 812 KB')).toBe(
      'JPEG，4000×3000，5.3 MB → JPEG，1920×1440，812 KB',
    )
    expect([fileSize(0), fileSize(1023), fileSize(1024), fileSize(5_597_184)]).toEqual([
      '0 bytes',
      '1023 bytes',
      '1 KB',
      '5466 KB',
    ])
  })

  it('publish --dry-run logs a small upload in bytes', async () => {
    const lines: string[] = []
    await createDryRunClient((l) => lines.push(l)).uploadImage(new Uint8Array(238), 'image/png', 'a.png')
    expect(lines).toEqual(['POST /cgi-bin/media/uploadimg  media=a.png (image/png, 238 bytes)'])
  })
})
