/**
 * A 375 px Chromium page for layout tests: one browser per test file (launched at the first measure,
 * closed by `closePhoneBrowser` in `afterAll`), a fresh page for each measure, and the article
 * rendered from a fixture folder.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium, launchBrowser } from '../../src/browser/launch-browser.js'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { testBrowser } from '../helpers/test-browser.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = defaultConfig()
export const noBrowser = !findChromium() && !process.env.CI
export const THEMES = ['default', 'minimal', 'tech', 'warm']

/** The HTML of fixture `name` (test/render/fixtures/<name>/input.md) in `themeId`. */
export async function renderFixture(name: string, themeId?: string): Promise<string> {
  const article = await loadArticle({
    root: here,
    absolutePath: path.join(here, 'fixtures', name, 'input.md'),
    slug: name,
    config,
  })
  const renderer = await createRenderer({ root: here, config, mermaid: false, themeId })
  return (await renderer.render(article)).html
}

let browser: ReturnType<typeof launchBrowser> | undefined

export async function closePhoneBrowser(): Promise<void> {
  const opened = await browser
  if (opened?.ok) await opened.value.close()
  browser = undefined
}

/** Opens `html` in a 375 px page (16 px margins, justified, as WeChat) and returns what `script` evaluates to. */
export async function measure<T>(html: string, script: string): Promise<T> {
  browser ??= launchBrowser(testBrowser())
  const opened = await browser
  if (!opened.ok) throw new Error('no browser')
  const page = await opened.value.browser.newPage({ viewport: { width: 375, height: 800 } })
  try {
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;padding:0 16px;text-align:justify">${html}</body></html>`,
    )
    return (await page.evaluate(script)) as T
  } finally {
    await page.close()
  }
}
