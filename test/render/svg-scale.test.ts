/**
 * Trial M item 11: an SVG file was drawn at 1× (400×200 → a 400×200 PNG shown 343 px wide, blurry on a
 * 3× phone). It is drawn at up to 3× its size, within 1920 px and a pixel budget, under 1 MB, and shown
 * at its own size; a check (which only inspects it) plans the same display width.
 */
import { describe, expect, it } from 'vitest'
import { inspectImage, prepareImage } from '../../src/render/prepare-image.js'
import { svgScale } from '../../src/render/svg-scale.js'

const svg = (width: number, height: number) =>
  new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<rect width="${width}" height="${height}" fill="#fff"/><path d="M0 ${height} L ${width} 0" stroke="#16a085" stroke-width="4"/>` +
      `<text x="10" y="30" font-size="20">σ(x) 曲线</text></svg>`,
  )

describe('SVG files', () => {
  it('are drawn at 3× when small, less when wide or tall, never under 1×', () => {
    expect(svgScale(400, 200, 1920)).toBe(3)
    expect(svgScale(800, 400, 1920)).toBe(2.4)
    expect(svgScale(2000, 100, 1920)).toBe(1)
    expect(svgScale(400, 8000, 1920)).toBeCloseTo(Math.sqrt((2 * 1920 * 1920) / (400 * 8000)))
    expect(svgScale(0, 0, 1920)).toBe(1)
  })

  it('become a PNG of 3× the pixels, shown at their own width', async () => {
    const prepared = await prepareImage(svg(400, 200), 1024 * 1024 - 1)
    expect(prepared).toMatchObject({ ok: true, mime: 'image/png', width: 1200, height: 600, cssWidth: 400 })
    if (prepared.ok) expect(prepared.data.byteLength).toBeLessThan(1024 * 1024)
    const inspected = await inspectImage(svg(400, 200), 1024 * 1024 - 1)
    expect(inspected).toMatchObject({ ok: true, width: 400, height: 200, cssWidth: 400 })
  })

  it('keep the widest upload (1920 px) and their natural width when large', async () => {
    const prepared = await prepareImage(svg(2400, 300), 1024 * 1024 - 1)
    expect(prepared).toMatchObject({ ok: true, width: 1920, height: 240 })
    expect(prepared.ok && prepared.cssWidth).toBeUndefined()
  })
})
