import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../src/browser/launch-browser.js'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { createMermaidDrawer, defaultMermaidDrawer } from '../../src/render/draw-mermaid.js'
import { testBrowser } from '../helpers/test-browser.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = defaultConfig()
// CI has Chromium (.ci/run installs it): there a missing browser is a failure, not a skip
const browser = findChromium() !== undefined || process.env.CI === 'true'
const load = () =>
  loadArticle({
    root: here,
    absolutePath: path.join(here, 'fixtures', 'mermaid', 'input.md'),
    slug: 'mermaid',
    config,
  })

describe('mermaid', () => {
  it.skipIf(!browser)(
    'draws a flattened SVG in Chromium: labels as <text>, no <style>, ids, markers or references',
    async () => {
      const cacheDir = mkdtempSync(path.join(tmpdir(), 'wxpress-mermaid-'))
      const renderer = await createRenderer({
        root: here,
        config,
        cacheDir,
        mermaid: await defaultMermaidDrawer(testBrowser().executablePath),
      })
      const article = await load()
      const { html } = await renderer.render(article)
      expect(article.file.messages.map(String)).toEqual([])
      const svg = html.match(/<svg[\s\S]*<\/svg>/)?.[0] ?? ''
      expect(svg).toMatch(/<text[^>]*>[\s\S]*A[\s\S]*<\/text>/)
      expect(svg).toContain('<polygon') // the arrowhead, drawn without a <marker>
      expect(svg).not.toMatch(
        /<style|<defs|<marker|<foreignObject|<use|\sid=|\sclass=|url\(|marker-end|<script|\son[a-z]+=/i,
      )
      expect(html).not.toContain('graph LR')
      // the drawing is cached by source hash: a renderer without a browser reuses it
      await renderer.cache.flush()
      const again = await createRenderer({
        root: here,
        config,
        cacheDir,
        mermaid: createMermaidDrawer(async () => ({ ok: false, reason: 'none' })),
      })
      const second = await load()
      expect((await again.render(second)).html).toBe(html)
    },
    60_000,
  )

  it('the renderer draws with the Chromium it is given (CHROMIUM_PATH), not only the usual places', async () => {
    const renderer = await createRenderer({ root: here, config, chromium: '/nonexistent/chromium-for-test' })
    const article = await load()
    await renderer.render(article)
    expect(article.file.messages.map((m) => m.reason)).toEqual([
      'The mermaid diagram stays a code block: no Chromium found (looked at /nonexistent/chromium-for-test); install it with `apt-get install -y chromium`',
    ])
  })

  it('without a browser the code block stays and an info says why; that render is not cached', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'wxpress-mermaid-'))
    const noBrowser = createMermaidDrawer(async () => ({
      ok: false,
      reason: 'no Chromium found (looked at /usr/bin/chromium)',
    }))
    const renderer = await createRenderer({ root: here, config, cacheDir, mermaid: noBrowser })
    const article = await load()
    const result = await renderer.render(article)
    expect(result.html).toContain('graph&nbsp;LR')
    expect(article.file.messages.map((m) => [m.ruleId, m.line, m.fatal, m.reason])).toEqual([
      [
        'render/mermaid-skipped',
        9,
        undefined,
        'The mermaid diagram stays a code block: no Chromium found (looked at /usr/bin/chromium)',
      ],
    ])
    expect(await renderer.isCached(article)).toBe(false)
    // a check does not start a browser at all
    let launched = 0
    const counting = createMermaidDrawer(async () => {
      launched++
      return { ok: false, reason: 'x' }
    })
    const check = await createRenderer({ root: here, config, mermaid: counting })
    const checked = await load()
    await check.render(checked, { imageData: false })
    expect(launched).toBe(0)
    // and says the diagram's size on a phone is not checked yet (t19 N6)
    expect(checked.file.messages.map((m) => [m.ruleId, m.line])).toEqual([['render/diagram-not-checked', 9]])
  })
})
