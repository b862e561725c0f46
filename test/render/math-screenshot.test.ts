/** What readers see at phone width: every formula drawn (a real box), no TeX source in the text. */
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findChromium, launchBrowser } from '../../src/browser/launch-browser.js'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { testBrowser } from '../helpers/test-browser.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = defaultConfig()

interface Box {
  display: boolean
  width: number
  height: number
}

describe('math at 375 px in Chromium', () => {
  it.skipIf(!findChromium() && !process.env.CI)(
    'every formula has a box and no TeX source is visible',
    async () => {
      const article = await loadArticle({
        root: here,
        absolutePath: path.join(here, 'fixtures', 'math', 'input.md'),
        slug: 'math',
        config,
      })
      const { html } = await (await createRenderer({ root: here, config, mermaid: false })).render(article)
      expect(readFileSync(path.join(here, 'fixtures', 'math', 'input.md'), 'utf8')).toContain('\\frac')
      const opened = await launchBrowser(testBrowser())
      expect(opened.ok).toBe(true)
      if (!opened.ok) return
      try {
        const page = await opened.value.browser.newPage({ viewport: { width: 375, height: 800 } })
        await page.setContent(
          `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">${html}</body></html>`,
        )
        const boxes = (await page.evaluate(`[...document.querySelectorAll('svg')].map((svg) => {
        const r = svg.getBoundingClientRect()
        return { display: svg.parentElement.tagName === 'SECTION', width: r.width, height: r.height }
      })`)) as Box[]
        expect(boxes).toHaveLength(5)
        for (const box of boxes) {
          expect(box.width).toBeGreaterThan(5)
          expect(box.height).toBeGreaterThan(5)
          expect(box.width).toBeLessThanOrEqual(375)
        }
        expect(boxes.filter((b) => b.display)).toHaveLength(1)
        // `\text{速度}` stands upright inside the themes' italic formula wrapper; `\textit{快}` slants
        const styles = await page.evaluate(
          `[...document.querySelectorAll('svg text')].map((t) => t.textContent + ':' + getComputedStyle(t).fontStyle)`,
        )
        expect(styles).toEqual([
          '速:normal',
          '度:normal',
          '距:normal',
          '离:normal',
          '时:normal',
          '间:normal',
          '快:italic',
        ])
        const text = (await page.evaluate('document.body.innerText')) as string
        expect(text).toContain('行内')
        expect(text).not.toMatch(/\\frac|\\\{|mc\^2|a_1/)
        const shot = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-math-shot-')), 'math.png')
        await page.screenshot({ path: shot, fullPage: true })
        expect(statSync(shot).size).toBeGreaterThan(1000)
      } finally {
        await opened.value.close()
      }
    },
    60_000,
  )
})
