import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { replaceImageUrls } from '../../src/render/replace-image-urls.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { listCases, prettyText } from '../helpers/site-fixture.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')
const fixtures = path.join(here, 'fixtures')
const config = defaultConfig()
const fetched: string[] = []
const renderer = await createRenderer({
  // goldens never depend on the machine's browser and fonts: diagrams are tested in mermaid.test.ts
  root: here,
  config,
  mermaid: false,
  fetchRemote: async (url) => {
    fetched.push(url)
    throw new Error('offline')
  },
})

async function renderCase(name: string) {
  const article = await loadArticle({
    root: here,
    absolutePath: path.join(fixtures, name, 'input.md'),
    slug: name,
    config,
  })
  const result = await renderer.render(article)
  return { article, result }
}

/** WeChat-safety invariants every output must satisfy. */
function assertWechatSafe(html: string) {
  expect(html).not.toMatch(/<style|<script|<iframe|<object|<embed|<form|<input/i)
  expect(html).not.toMatch(/\son[a-z]+=/i)
  expect(html).not.toMatch(/javascript:/i)
  expect(html).not.toMatch(/\s(class|id)="/)
  for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g))
    expect(m[1]).toMatch(/^https?:\/\/mp\.weixin\.qq\.com\//)
  for (const m of html.matchAll(/<img\s[^>]*src="([^"]*)"/g))
    expect(m[1]).toMatch(/^assets\/[0-9a-f]{64}\.(jpg|png)$/)
  expect(html.startsWith('<section')).toBe(true)
  expect(html.endsWith('</section>')).toBe(true)
}

describe('render fixtures', () => {
  for (const name of listCases(fixtures)) {
    it(`renders ${name}`, async () => {
      const { article, result } = await renderCase(name)
      assertWechatSafe(result.html)
      await expect(`${result.html.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot(
        path.join(fixtures, name, 'output.html'),
      )
      await expect(prettyText([{ file: article.file, path: article.path }])).toMatchFileSnapshot(
        path.join(fixtures, name, 'diagnostics.txt'),
      )
    })
  }
})

describe('render behaviours', () => {
  it('keeps only mp.weixin.qq.com links and numbers the others once per URL', async () => {
    const { result } = await renderCase('links')
    expect(result.html).toContain('href="https://mp.weixin.qq.com/s?__biz=1&amp;mid=2"')
    expect(result.html.match(/\[1\]/g)).toHaveLength(3) // two references in the text + the list entry
    expect(result.html).toContain('https://a.com/x</span>,欢迎来玩')
    expect(result.html).not.toContain('mailto:')
    // the reference list is readable; an mp.weixin.qq.com href keeps its percent-encoding
    expect(result.html).toContain('[3] https://例子.中国/路径</li>')
    expect(result.html).toContain('[5] https://例子.中国/a%20b?q=你好%26</li>')
    expect(result.html).toContain('href="https://mp.weixin.qq.com/s/%E4%B8%AD%E6%96%87?a=%E4%BD%A0"')
  })

  it('never opens an escaping image path and reports it as outside-root', async () => {
    fetched.length = 0
    const { article } = await renderCase('images')
    const ids = article.file.messages.map((m) => `${m.line}:${m.ruleId}`)
    expect(ids).toContain('18:image/outside-root')
    expect(ids).toContain('20:image/outside-root')
    expect(ids).toContain('16:image/missing')
    expect(ids).toContain('22:image/converted')
    expect(ids).toContain('24:image/remote-unavailable')
    expect(ids).toContain('26:image/converted') // BMP, which sharp cannot read, decoded and re-encoded
    expect(fetched).toEqual(['https://example.invalid/x.png'])
  })

  it('keeps code verbatim: tabs, runs of spaces, blank lines, HTML shown as text', async () => {
    const { result } = await renderCase('code')
    expect(result.html).toContain('&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;')
    expect(result.html).toContain('<br><br><br>')
    expect(result.html).toMatch(/&lt;(<span[^>]*>)?script/)
    expect(result.html).toContain('cut&nbsp;or&nbsp;wrapped')
    expect(result.html).toContain(':smile:')
  })

  it('does not treat $5到$10 as math; formulas become SVG, a formula MathJax refuses keeps its backslashes', async () => {
    const { result } = await renderCase('math')
    expect(result.html).toContain('$5到$10')
    expect(result.html.match(/<svg /g)).toHaveLength(3)
    expect(result.html).not.toContain('\\frac')
    const errors = await renderCase('math-errors')
    expect(errors.result.html).toContain('\\left(&nbsp;\\frac{1}{2}')
  })

  it('writes lists the way the WeChat editor keeps them: li > section, text markers, no native ones, no gaps', async () => {
    const { result } = await renderCase('lists')
    const markers = [...result.html.matchAll(/margin-left: -1\.5em;[^"]*">([^<]*)<\/span>/g)].map((m) => m[1])
    expect(markers).toEqual(['3.', '4.', 'a.', '•', '•', '•'])
    expect(result.html.match(/<li[^>]*>(?!<section>)/g)).toBeNull()
    expect(result.html).not.toMatch(/<\/li>\s+<li|<(?:ol|ul)[^>]*>\s+<li/)
    for (const list of result.html.matchAll(/<(?:ol|ul)\b[^>]*>/g))
      expect(list[0]).toContain('list-style-type: none')
    const { orderedMarker } = await import('../../src/render/plugins/rehype-lists.js')
    expect([orderedMarker(1, 0), orderedMarker(28, 1), orderedMarker(14, 2), orderedMarker(3, 3)]).toEqual([
      '1.',
      'ab.',
      'xiv.',
      '3.',
    ])
  })

  it('keeps inline SVG through the allowlist: shapes and text stay, nothing that runs, embeds or refers', async () => {
    const { article, result } = await renderCase('svg-hostile')
    const svg = result.html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? ''
    expect(svg).toMatch(/<rect [^>]*stroke="#ccc"/)
    expect(svg).toContain('<circle cx="5" cy="5" r="2" fill="#1f8a5b"/>')
    expect(svg).toMatch(/<text [^>]*text-anchor="middle"/)
    expect(result.html).not.toMatch(
      /script|foreignObject|<use|<image|<defs|<style|<a\b|<animate|<set|<iframe|href|url\(|\son[a-z]+=|alert|evil/i,
    )
    expect(result.html).not.toContain('外来') // foreignObject content goes with it
    expect(article.file.messages.filter((m) => m.fatal === true)).toEqual([])
  })

  it('refuses a body image that links out of the article folder before opening it', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import('node:fs')
    const { execFileSync } = await import('node:child_process')
    const { tmpdir } = await import('node:os')
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-symlink-'))
    const dir = path.join(root, 'content', 'post')
    mkdirSync(dir, { recursive: true })
    // a FIFO: opening it would block the render forever, so the test proves the file is never opened
    execFileSync('mkfifo', [path.join(root, 'secret.png')])
    symlinkSync(path.join(root, 'secret.png'), path.join(dir, 'photo.png'))
    writeFileSync(path.join(dir, 'index.md'), '---\ntitle: 链接\n---\n\n![照片](photo.png)\n')
    const article = await loadArticle({
      root,
      absolutePath: path.join(dir, 'index.md'),
      slug: 'post',
      config,
    })
    const result = await (await createRenderer({ root, config })).render(article)
    expect(result.html).toContain('[图片：照片]')
    expect(article.file.messages.map((m) => [m.ruleId, m.line, m.column])).toContainEqual([
      'image/outside-root',
      5,
      1,
    ])
  })

  it('image/outside-root names the file the writer meant when it is in the article folder (t18 m12)', async () => {
    const { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-meant-'))
    const dir = path.join(root, 'content', 'post')
    mkdirSync(path.join(dir, 'images'), { recursive: true })
    const png = path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png')
    copyFileSync(png, path.join(dir, 'images', 'logo.png'))
    copyFileSync(png, path.join(dir, 'qr.png'))
    writeFileSync(
      path.join(dir, 'index.md'),
      '---\ntitle: 图片\n---\n\n![标志](/images/logo.png)\n\n![二维码](/tmp/x/qr.png)\n\n![无](/nowhere/none.png)\n',
    )
    const article = await loadArticle({
      root,
      absolutePath: path.join(dir, 'index.md'),
      slug: 'post',
      config,
    })
    await (await createRenderer({ root, config })).render(article)
    const hints = collectDiagnostics([{ file: article.file, path: article.path }], 'zh-CN')
      .filter((d) => d.ruleId === 'image/outside-root')
      .map((d) => `${d.line}: ${d.hint}`)
    expect(hints).toEqual([
      '5: 是不是想写 `images/logo.png`？路径相对于文章文件夹，不要以 `/` 开头。',
      '7: 是不是想写 `qr.png`？路径相对于文章文件夹，不要以 `/` 开头。',
      '9: 把图片放在文章文件夹里，用相对路径引用，例如 `images/photo.jpg`。',
    ])
  })

  it('image/missing shows a Chinese or spaced path decoded; the percent-encoded spelling only when written so (QA3 L10)', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-missing-'))
    const dir = path.join(root, 'content', 'post')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'index.md'),
      '---\ntitle: 图片\n---\n\n![照片](<images/我的 照片.png>)\n\n![编码](images/%E5%9B%BE.png)\n\n<img src="images/我 的.png" alt="x">\n',
    )
    const article = await loadArticle({
      root,
      absolutePath: path.join(dir, 'index.md'),
      slug: 'post',
      config,
    })
    await (await createRenderer({ root, config })).render(article)
    const missing = article.file.messages
      .filter((m) => m.ruleId === 'image/missing')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    const [chinese, encoded, html] = missing as ((typeof missing)[number] & { value?: string })[]
    expect(missing).toHaveLength(3)
    expect(chinese).toMatchObject({
      reason: 'Image not found: images/我的 照片.png',
      value: 'images/我的 照片.png',
      line: 5,
      column: 1,
    })
    expect(chinese!.note).toBe(
      'Add the file at content/post/images/我的 照片.png or fix the path (relative to the article folder).',
    )
    expect(encoded).toMatchObject({
      reason: 'Image not found: images/图.png',
      value: 'images/图.png',
      line: 7,
    })
    expect(encoded!.note).toContain('written percent-encoded as `images/%E5%9B%BE.png`')
    expect(html).toMatchObject({
      reason: 'Image not found: images/我 的.png',
      value: 'images/我 的.png',
      line: 9,
    })
  })

  /** The images fixture, loaded afresh, and an empty cache folder. */
  const imagesCase = () =>
    loadArticle({
      root: here,
      absolutePath: path.join(fixtures, 'images', 'input.md'),
      slug: 'images',
      config,
    })
  const emptyCache = async () => {
    const { mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    return mkdtempSync(path.join(tmpdir(), 'wxpress-cache-'))
  }

  it('does not cache a render whose remote image could not be fetched', async () => {
    const offline = async () => {
      throw new Error('offline')
    }
    const cacheDir = await emptyCache()
    const cached = await createRenderer({
      root: here,
      config,
      cacheDir,
      mermaid: false,
      fetchRemote: offline,
    })
    await cached.render(await imagesCase())
    expect((await cached.render(await imagesCase())).cached).toBe(false)
  })

  it('serves an unchanged article from the cache', async () => {
    const { readFileSync } = await import('node:fs')
    // the fixture's remote image is fetched here: a render missing one is never cached (above)
    const png = readFileSync(path.join(fixtures, 'images', 'cover.png'))
    const cacheDir = await emptyCache()
    const cached = await createRenderer({ root: here, config, cacheDir, fetchRemote: async () => png })
    const load = imagesCase
    const first = await cached.render(await load())
    const again = await load()
    const second = await cached.render(again)
    expect(first.cached).toBe(false)
    expect(second.cached).toBe(true)
    expect(second.html).toBe(first.html)
    expect(second.images.map((i) => i.hash)).toEqual(first.images.map((i) => i.hash))
    expect(again.file.messages.map(String)).toHaveLength(
      (await load()).file.messages.length + again.file.messages.length,
    )
  })

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
    const site = await createRenderer({ root, config })
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
    const site = await createRenderer({ root: repo, config })
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
