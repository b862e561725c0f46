import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { configSchema, type ConfigInput } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { checkSize, measure, visibleText } from '../../src/render/check-size.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { runCli } from '../helpers/run-cli.js'
import { technicalBody } from '../helpers/technical-article.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const cover = path.join(here, 'fixtures', 'math', 'cover.png')
const LIMITS = { contentTextMax: 20_000, contentBytesMax: 1024 * 1024, htmlCharsWarn: 200_000 }

function site(body: string, config?: ConfigInput): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-limits-'))
  const dir = path.join(root, 'content', 'long')
  mkdirSync(dir, { recursive: true })
  copyFileSync(cover, path.join(dir, 'cover.png'))
  writeFileSync(
    path.join(dir, 'index.md'),
    `---\ntitle: 长文\ntopic: 技术\naudience: 全部粉丝\ncover: cover.png\n---\n\n${body}\n`,
  )
  if (config) writeFileSync(path.join(root, 'wxpress.config.json'), JSON.stringify(config))
  return root
}

async function render(root: string, config: ConfigInput = {}) {
  const parsed = configSchema.parse(config)
  const article = await loadArticle({
    root,
    absolutePath: path.join(root, 'content', 'long', 'index.md'),
    slug: 'long',
    config: parsed,
  })
  const result = await (await createRenderer({ root, config: parsed, mermaid: false })).render(article)
  return {
    result,
    ids: article.file.messages.map((m) => `${m.ruleId}:${m.fatal}`),
    messages: article.file.messages,
  }
}

describe('size limits', () => {
  it('an article of 5,000+ characters with code and formulas has far more than 20,000 characters of HTML, and no error', async () => {
    const { result, ids } = await render(site(technicalBody(30)))
    expect(result.size.text).toBeGreaterThan(5_000)
    expect(result.size.htmlChars).toBeGreaterThan(20_000)
    expect(ids.filter((id) => id.endsWith(':true'))).toEqual([])
  })

  it('errors only at 20,000 characters of visible text or 1 MB of HTML; long HTML warns with its shares', () => {
    const text = (n: number) => `<section><p>${'字'.repeat(n)}</p></section>`
    const run = (html: string, limits = LIMITS) => {
      const file = new VFile()
      checkSize(html, file, limits)
      return file.messages.map((m) => [m.ruleId, m.fatal])
    }
    expect(run(text(19_999))).toEqual([])
    expect(run(text(20_000))).toEqual([['render/content-too-long', true]])
    const styled =
      `<p style="${'color: #333; '.repeat(30)}">x</p><pre><code>${'a'.repeat(20)}</code></pre>`.repeat(600)
    expect(run(styled)).toEqual([['render/html-long', false]])
    const file = new VFile()
    checkSize(styled, file, LIMITS)
    expect(file.messages[0]!.note).toMatch(/^Of the HTML: inline styles \d+ %, highlighted code \d+ %\./)
    expect(run(`<p style="${'x'.repeat(1024 * 1024)}">a</p>`)).toEqual([['render/content-too-long', true]])
    expect(run(text(50), { contentTextMax: 50, contentBytesMax: 10_000, htmlCharsWarn: 60 })).toEqual([
      ['render/content-too-long', true],
      ['render/html-long', false],
    ])
  })

  it('advises on the big shares only: formulas when SVG dominates, the theme and code when they do', () => {
    const hint = (html: string) => {
      const file = new VFile()
      checkSize(html, file, { ...LIMITS, htmlCharsWarn: 100 })
      return String(file.messages[0]!.note)
    }
    // trial M: 96 % formula SVG, 4 % styles, no code blocks
    const formulas = `<p style="margin: 0 0 1em;">字<span><svg viewBox="0 0 9 9"><path d="${'M1 2L3 4'.repeat(500)}"/></svg></span></p>`
    const svg = hint(formulas.repeat(10))
    expect(svg).toMatch(/^Of the HTML: formulas and diagrams \(SVG\) 9\d %, inline styles \d %\. /)
    expect(svg).toContain(
      'Use fewer or shorter display formulas, or put a large formula or diagram in as an image.',
    )
    expect(svg).not.toMatch(/theme|code block/)
    const styled = hint(
      `<p style="${'color: #333; '.repeat(30)}">x</p><pre><code>${'a'.repeat(300)}</code></pre>`,
    )
    expect(styled).toMatch(
      /\. Choose a theme with fewer or shorter declarations\. Use fewer and shorter code blocks\.$/,
    )
    expect(styled).not.toMatch(/formula/)
    expect(hint(`<p>${'字'.repeat(200)}</p>`)).toBe('Of the HTML: mostly text. Split the article in two.')
  })

  it('counts what a reader sees: entities as one character, tags and attributes not at all', () => {
    expect(visibleText('<p title="a > b">x&nbsp;&amp;&#x4e2d;&lt;</p>')).toBe('x\u00a0&中<')
    expect(measure('<p>中</p>')).toEqual({ text: 1, htmlChars: 8, htmlBytes: 10 })
  })

  it('limits come from the config; render/* rules can be turned off or re-levelled like others', async () => {
    const root = site('一段正文。'.repeat(30))
    expect((await render(root, { limits: { contentTextMax: 100 } })).ids).toContain(
      'render/content-too-long:true',
    )
    expect(
      (await render(root, { limits: { contentTextMax: 100 }, rules: { 'render/content-too-long': 'off' } }))
        .ids,
    ).not.toContain('render/content-too-long:true')
    expect(
      (await render(root, { limits: { htmlCharsWarn: 100 }, rules: { 'render/html-long': 'error' } })).ids,
    ).toContain('render/html-long:true')
  })

  it('`render` prints the size of each article and lists it in manifest.json', async () => {
    const root = site(technicalBody(2))
    const run = await runCli(['render', '--out', 'out', '--no-cache'], root)
    expect(run.stdout).toMatch(/^ {2}long: [\d,]+ characters of text, [\d.]+ KB of HTML$/m)
    const manifest = JSON.parse(readFileSync(path.join(root, 'out', 'manifest.json'), 'utf8'))
    expect(manifest.articles[0].size).toEqual({ text: expect.any(Number), htmlBytes: expect.any(Number) })
    expect(manifest.articles[0].size.htmlBytes).toBe(
      Buffer.byteLength(readFileSync(path.join(root, 'out', 'long.html'))),
    )
  })
})
