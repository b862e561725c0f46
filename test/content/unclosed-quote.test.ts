/**
 * An unclosed quote in front-matter: YAML runs the value on to the end of the front-matter and the
 * parser complains there; the diagnostic points at the opening quote, with its key as `field`
 * (DESIGN §2: every diagnostic about a key points at that key's line). Brackets name their key too.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'

async function diagnose(frontmatter: string[], locale: 'en' | 'zh-CN' = 'en') {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-quote-'))
  const dir = path.join(root, 'content', 'a')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.md'), ['---', ...frontmatter, '---', '', '正文。', ''].join('\n'))
  const config = defaultConfig()
  const article = await loadArticle({ root, absolutePath: path.join(dir, 'index.md'), slug: 'a', config })
  return collectDiagnostics([{ file: article.file, path: article.path }], locale).filter(
    (d) => d.ruleId === 'frontmatter/yaml-syntax',
  )
}

const REST = ['topic: 测试', 'audience: 全部粉丝', 'cover: cover.png']

describe('an unclosed quote in front-matter', () => {
  it('title: "… on line 2: at the opening quote, field title', async () => {
    const [d, ...more] = await diagnose(['title: "未闭合的引号', ...REST])
    expect(more).toEqual([])
    expect(d).toMatchObject({ line: 2, column: 8, endLine: 2, endColumn: 9, field: 'title', value: '"' })
    expect(d!.message).toBe(
      'Front-matter is not valid YAML: the `"` quote opened here (`title`) is never closed',
    )
    expect(d!.hint).toContain('The `"` on line 2 is never closed')
  })

  it("digest: '… on line 7 (single quote): line 7, field digest; zh-CN names the key", async () => {
    const fm = [
      'title: 标题',
      'topic: 测试',
      'audience: 全部粉丝',
      'author: 小山',
      'slot: 2027-04-15T20:00:00+08:00',
    ]
    const [d] = await diagnose([...fm, "digest: '这里少了一个引号", 'cover: cover.png'], 'zh-CN')
    expect(d).toMatchObject({ line: 7, column: 9, field: 'digest', value: "'" })
    expect(d!.message).toBe("front-matter 不是合法的 YAML：`digest` 的值开头的 `'` 没有配对的引号")
    expect(d!.hint).toMatch(/^第 7 行的 `'` 没有配对的引号/)
  })

  it('a double quote after closed quotes and an escaped one; quotes inside plain values are no openers', async () => {
    const fm = ['title: "有 \\"转义\\" 的标题"', "slogan: it's fine", "author: '小''山'", 'digest: "少了']
    const [d] = await diagnose([...fm, ...REST])
    expect(d).toMatchObject({ line: 5, column: 9, field: 'digest' })
  })

  it('an unclosed quote inside a nested value names its top-level key', async () => {
    const [d] = await diagnose(['title: 标题', 'lint:', '  typography/cjk-spacing: "warn', ...REST])
    expect(d).toMatchObject({ line: 4, column: 27, field: 'lint' })
  })

  it('an unclosed bracket names its key too', async () => {
    const [d] = await diagnose(['title: 标题', 'audience: [全部粉丝', 'topic: 测试', 'cover: cover.png'])
    expect(d).toMatchObject({ line: 3, column: 11, field: 'audience', value: '[' })
  })
})
