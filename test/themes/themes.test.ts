import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { BUILTIN_THEMES, loadTheme } from '../../src/themes/load-theme.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const site = path.join(here, 'site')
const themes = readdirSync(BUILTIN_THEMES)
  .filter((d) => !d.startsWith('.'))
  .sort()

describe('themes', () => {
  it('ships at least four themes', () => {
    expect(themes).toEqual(expect.arrayContaining(['default', 'minimal', 'tech', 'warm']))
  })

  for (const id of themes) {
    it(`renders the kitchen sink with ${id}`, async () => {
      const config = defaultConfig()
      const { theme, files } = await loadTheme({ root: site, id })
      expect(files.flatMap((f) => f.messages).map(String)).toEqual([])
      expect(theme?.css).not.toMatch(/var\(|--[a-z]/)
      const renderer = await createRenderer({ root: site, config, themeId: id })
      const article = await loadArticle({
        root: site,
        absolutePath: path.join(site, 'content', 'kitchen-sink', 'index.md'),
        slug: 'kitchen-sink',
        config,
      })
      const { html } = await renderer.render(article)
      expect(article.file.messages.filter((m) => m.fatal === true).map(String)).toEqual([])
      expect(html).not.toMatch(/\s(class|id)="|<style/)
      expect(html.length).toBeLessThan(20_000)
      await expect(`${html.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot(
        path.join(here, 'golden', `${id}.html`),
      )
    })
  }

  it('resolves variables and calc() and reports CSS errors with positions', async () => {
    const { compileThemeCss } = await import('../../src/themes/compile-theme-css.js')
    const { resolveCalc } = await import('../../src/themes/resolve-calc.js')
    const { VFile } = await import('vfile')
    expect(resolveCalc('calc(10px + 6px)')).toBe('16px')
    expect(resolveCalc('calc(2 * 1.5em)')).toBe('3em')
    const file = new VFile({ path: 'themes/x/theme.css' })
    const css = compileThemeCss(
      '.wxpress { --a: #123456; color: var(--a); margin: calc(4px * 2) }\n.wxpress a:hover { color: red }\n@media (max-width: 1px) { .wxpress p { color: red } }\n',
      file,
    )
    expect(css).toContain('color: #123456')
    expect(css).toContain('margin: 8px')
    expect(css).not.toContain('@media')
    expect(file.messages.map((m) => `${m.line}:${m.ruleId}`)).toEqual([
      '3:theme/unsupported-at-rule',
      '2:theme/state-selector',
    ])
    const broken = new VFile({ path: 'themes/y/theme.css' })
    expect(compileThemeCss('.wxpress { color: red\n', broken)).toBe('')
    expect(broken.messages[0]?.ruleId).toBe('theme/css-syntax')
    expect(broken.messages[0]?.line).toBe(1)
  })

  it('drops what must not reach the inline styles, each with a warning at its line', async () => {
    const { compileThemeCss } = await import('../../src/themes/compile-theme-css.js')
    const { VFile } = await import('vfile')
    const file = new VFile({ path: 'themes/z/theme.css' })
    const css = compileThemeCss(
      [
        '.wxpress { color: var(--nope); font-size: var(--size, 15px) }',
        '.wxpress p { background: url(https://evil.com/t.gif) no-repeat; margin: 0 }',
        '.wxpress blockquote { position: fixed; background: url("javascript:alert(1)") }',
        '.wxpress h2 { behavior: url(x.htc); color: expression(alert(1)); transform: rotate(1deg) }',
        '.wxpress h3 { background-image: url(https://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png) }',
        '.wxpress h4 { background: url(images/local.png) }',
      ].join('\n'),
      file,
    )
    expect(
      file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${(m as { value?: string }).value ?? ''}`),
    ).toEqual([
      '1:12 theme/undefined-variable --nope',
      '2:14 theme/remote-url background: url(https://evil.com/t.gif) no-repeat',
      '3:23 theme/unsupported-property position: fixed',
      '3:40 theme/unsafe-value background: url("javascript:alert(1)")',
      '4:15 theme/unsafe-value behavior: url(x.htc)',
      '4:37 theme/unsafe-value color: expression(alert(1))',
      '4:66 theme/unsupported-property transform: rotate(1deg)',
      '6:15 theme/remote-url background: url(images/local.png)',
    ])
    expect(css).toContain('font-size: 15px')
    expect(css).toContain('margin: 0')
    expect(css).toContain('https://mmbiz.qpic.cn/') // WeChat's own image host stays
    expect(css).not.toMatch(/evil|javascript|expression|behavior|position|transform|local\.png|--nope/)
  })

  it('takes the compiled CSS and its findings from the cache, identical, and recompiles a changed file', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { createCache } = await import('../../src/cache/create-cache.js')
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-theme-cache-'))
    mkdirSync(path.join(root, 'themes', 'mine'), { recursive: true })
    const css = '.wxpress { color: #333 }\n.wxpress a:hover { color: red }\n'
    writeFileSync(path.join(root, 'themes', 'mine', 'theme.css'), css)
    const store = createCache(path.join(root, '.wxpress', 'cache'))
    const load = async () => {
      const { theme, files } = await loadTheme({ root, id: 'mine', cache: { store, version: '1' } })
      return {
        css: theme?.css,
        rules: theme?.rules,
        found: files.flatMap((f) => f.messages).map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`),
      }
    }
    const first = await load()
    expect(first.found).toEqual(['themes/mine/theme.css:2:1 theme/state-selector'])
    await store.flush()
    expect(store.stats.writes).toBe(1)
    const hits = store.stats.hits
    expect(await load()).toEqual(first)
    expect(store.stats.hits).toBe(hits + 1)
    writeFileSync(path.join(root, 'themes', 'mine', 'theme.css'), css.replace('#333', '#444'))
    expect((await load()).css).toContain('#444')
  })
})
