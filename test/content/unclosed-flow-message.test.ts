/**
 * An unclosed `[` or `{` in front-matter: the message leads with the cause (the bracket that has no
 * partner), not with the parser's guess ("indentation"), in both languages; the hint names its line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'

async function diagnose(frontmatter: string[], locale: 'en' | 'zh-CN') {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-flow-'))
  const dir = path.join(root, 'content', 'a')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.md'), ['---', ...frontmatter, '---', '', '正文。', ''].join('\n'))
  const config = defaultConfig()
  const article = await loadArticle({ root, absolutePath: path.join(dir, 'index.md'), slug: 'a', config })
  return collectDiagnostics([{ file: article.file, path: article.path }], locale).filter(
    (d) => d.ruleId === 'frontmatter/yaml-syntax',
  )
}

const FM = ['title: 年终回顾', 'tags: [年终, 回顾', 'digest: 这一年。', 'topic: 测试', 'audience: 全部粉丝']

describe('an unclosed bracket in front-matter', () => {
  it('zh-CN: says the [ has no ], not 缩进不对', async () => {
    const [d, ...more] = await diagnose(FM, 'zh-CN')
    expect(more).toEqual([])
    expect(d).toMatchObject({ line: 3, field: 'tags', value: '[' })
    expect(d!.message).toBe('front-matter 不是合法的 YAML：`tags` 的值开头的 `[` 没有配对的 `]`')
    expect(d!.message).not.toContain('缩进')
    expect(d!.hint).toMatch(/^第 3 行的 `\[` 没有配对的 `\]`/)
  })

  it('en: names the { and its key', async () => {
    const [d] = await diagnose(['title: T', 'lint: {typography/cjk-spacing: off', 'topic: x'], 'en')
    expect(d!.message).toBe(
      'Front-matter is not valid YAML: the `{` opened here (`lint`) has no matching `}`',
    )
    expect(d!.hint).toMatch(/^The `\{` on line 3 is never closed/)
  })
})
