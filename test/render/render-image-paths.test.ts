import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { createRenderer } from '../../src/render/create-renderer.js'
import { caseRenderer } from './case-renderer.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const config = defaultConfig()
const { fetched, renderCase } = await caseRenderer(config)

describe('render behaviours', () => {
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
})
