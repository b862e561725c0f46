/**
 * `wxpress render` on a zh-CN site (DESIGN §9): render, image, sanitiser and theme messages and the
 * summary lines are Chinese; ids, positions, values and exit codes are those of `--locale en`.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const FIXTURES = ['sanitize', 'links', 'footnotes', 'h1', 'svg-hostile', 'math-errors']
const HAN = /[\u4e00-\u9fff]/

/** A zh-CN site with the render fixtures as articles and a site theme full of problems. */
function zhSite(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-render-locale-'))
  for (const name of FIXTURES) {
    const dir = path.join(root, 'content', name)
    cpSync(path.join(repo, 'test', 'render', 'fixtures', name), dir, { recursive: true })
    renameSync(path.join(dir, 'input.md'), path.join(dir, 'index.md'))
  }
  // local image problems only (the image-sources fixture would look up remote hosts)
  mkdirSync(path.join(root, 'content', 'images'))
  cpSync(
    path.join(repo, 'test', 'render', 'fixtures', 'sanitize', 'cover.png'),
    path.join(root, 'content', 'images', 'cover.png'),
  )
  writeFileSync(
    path.join(root, 'content', 'images', 'index.md'),
    [
      '---',
      'title: 图片',
      'topic: 技术',
      'audience: 全部粉丝',
      'cover: cover.png',
      '---',
      '',
      '图一 ![丢失](images/missing.png)，图二 ![越界](../h1/cover.png)，图三 ![](cover.png)。',
      '',
    ].join('\n'),
  )
  const theme = path.join(root, 'themes', 'rough')
  mkdirSync(theme, { recursive: true })
  writeFileSync(path.join(theme, 'theme.json'), JSON.stringify({ id: 'rough', name: '粗糙' }))
  writeFileSync(
    path.join(theme, 'theme.css'),
    [
      '@media (max-width: 600px) { p { margin: 0 } }',
      'a:hover { color: red }',
      'p { color: var(--ink); position: fixed; background: url(https://example.com/x.png) }',
    ].join('\n'),
  )
  writeFileSync(path.join(root, 'wxpress.config.json'), JSON.stringify({ locale: 'zh-CN', theme: 'rough' }))
  return root
}

interface Doc {
  diagnostics: { message: string; hint?: string; ruleId: string; source: string }[]
}
const strip = (doc: Doc) => doc.diagnostics.map(({ message: _m, hint: _h, ...rest }) => rest)

describe('render in both locales', () => {
  it('writes render and theme findings in Chinese with the same ids, positions and values', async () => {
    const root = zhSite()
    const zh = await runCli(['render', '--out', 'out-zh', '--format', 'json', '--no-cache'], root)
    const en = await runCli(
      ['render', '--out', 'out-en', '--format', 'json', '--no-cache', '--locale', 'en'],
      root,
    )
    expect(zh.code).toBe(en.code)
    const z = JSON.parse(zh.stdout) as Doc
    const e = JSON.parse(en.stdout) as Doc
    expect(strip(z)).toEqual(strip(e))
    const ours = z.diagnostics.filter((d) => d.source === 'render' || d.source === 'theme')
    const ids = new Set(ours.map((d) => d.ruleId))
    for (const id of [
      'render/h1',
      'render/unusable-link',
      'render/removed-element',
      'theme/unsupported-at-rule',
      'theme/state-selector',
      'theme/undefined-variable',
      'theme/remote-url',
      'image/missing',
      'image/outside-root',
      'image/missing-alt',
    ]) {
      expect(ids, id).toContain(id)
    }
    for (const d of ours) {
      expect(d.message, d.ruleId).toMatch(HAN)
      if (d.hint) expect(d.hint, d.ruleId).toMatch(HAN)
    }
    for (const d of e.diagnostics.filter((x) => x.source === 'render' || x.source === 'theme')) {
      expect(d.message, d.ruleId).not.toMatch(/[。，：；]/)
    }
  })

  it('prints the summary lines in the locale, and keeps English byte for byte with --locale en', async () => {
    const root = zhSite()
    const zh = await runCli(['render', '--out', 'out', 'h1'], root)
    expect(zh.stdout).toMatch(/已渲染 1\/1 篇文章到 out\//)
    expect(zh.stdout).toMatch(/h1: 正文 \d+ 个字符，HTML [\d.]+ KB/)
    expect(zh.stdout).toContain('render/h1')
    const en = await runCli(['render', '--out', 'out', 'h1', '--locale', 'en'], root)
    expect(en.stdout).toContain('Rendered 1 of 1 article(s) into out/')
    expect(en.stdout).toMatch(/h1: \d+ characters of text, [\d.]+ KB of HTML/)
    const unknown = await runCli(['render', '--out', 'out', '--theme', 'roug'], root)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('找不到主题 `roug`')
    expect(unknown.stderr).toContain('是不是想写 `rough`？')
  })
})
