import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { replaceImageUrls } from '../../src/render/replace-image-urls.js'
import { assertWechatSafe } from './case-renderer.js'
import { testChromium } from '../helpers/test-browser.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')
const fixtures = path.join(here, 'fixtures')
const config = defaultConfig()

describe('render behaviours', () => {
  it('reports a body that renders to nothing, and only that', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-empty-'))
    const bodies: [string, boolean][] = [
      ['<style>p{color:red}</style>', true],
      ['<script>alert(1)</script>', true],
      ['[a]: https://example.com', true],
      ['[^1]: 只有脚注定义', true],
      ['---', true],
      ['&nbsp;', true],
      ['\u200b', true],
      ['🎉', false],
      ['## 标题', false],
      ['![封面](cover.png)', false],
      ['&#x4e2d;', false],
    ]
    const site = await createRenderer({ root, config, chromium: testChromium() })
    for (const [i, [body, empty]] of bodies.entries()) {
      const dir = path.join(root, 'content', `a${i}`)
      mkdirSync(dir, { recursive: true })
      copyFileSync(path.join(fixtures, 'h1', 'cover.png'), path.join(dir, 'cover.png'))
      writeFileSync(
        path.join(dir, 'index.md'),
        `---\ntitle: 空\ntopic: 测试\naudience: 全部粉丝\ncover: cover.png\nslogan: 口号\n---\n\n${body}\n`,
      )
      const article = await loadArticle({
        root,
        absolutePath: path.join(dir, 'index.md'),
        slug: `a${i}`,
        config,
      })
      await site.render(article)
      const found = article.file.messages
        .filter((m) => m.ruleId === 'render/empty-output')
        .map((m) => [m.line, m.column])
      expect([body, found]).toEqual([body, empty ? [[9, 1]] : []])
    }
  })

  it('swaps planned image references for uploaded URLs', () => {
    const hash = 'a'.repeat(64)
    expect(
      replaceImageUrls(
        `<img src="assets/${hash}.png">`,
        new Map([[hash, 'https://mmbiz.qpic.cn/x?a=1&b=2']]),
      ),
    ).toBe('<img src="https://mmbiz.qpic.cn/x?a=1&amp;b=2">')
  })

  it('renders the bundled content WeChat-safe', async () => {
    const site = await createRenderer({ root: repo, config, chromium: testChromium() })
    const content = path.join(repo, 'content')
    let n = 0
    for (const slug of readdirSync(content)) {
      const file = path.join(content, slug, 'index.md')
      if (!existsSync(file)) continue
      const article = await loadArticle({ root: repo, absolutePath: file, slug, config })
      const result = await site.render(article)
      assertWechatSafe(result.html)
      expect(article.file.messages.filter((m) => m.fatal === true).map(String)).toEqual([])
      n++
    }
    expect(n).toBeGreaterThanOrEqual(6)
    expect(readFileSync(path.join(repo, 'themes', 'default', 'theme.css'), 'utf8')).toContain('.wxpress')
  })
})
