import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { loadArticle } from '../../src/content/load-article.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { createLinter } from '../../src/lint/lint-article.js'

async function lintText(text: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-broken-fm-'))
  const dir = path.join(root, 'content', 'autumn')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'index.md'), text)
  const config = defaultConfig()
  const article = await loadArticle({
    root,
    absolutePath: path.join(dir, 'index.md'),
    slug: 'autumn',
    config,
  })
  createLinter({ config }).lint(article)
  return {
    article,
    ids: collectDiagnostics([{ file: article.file, path: article.path }]).map((d) => d.ruleId),
  }
}

const BODY = '\n秋天适合慢慢读书，也适合慢慢写字。\n'

describe('an article whose front matter is not valid YAML', () => {
  it('reports the YAML error, not a missing digest it cannot know about', async () => {
    const { article, ids } = await lintText(
      `---\ntitle: 秋日书单\ntags: [读书, 秋天\ndigest: 慢下来。\n---\n${BODY}`,
    )
    expect(article.brokenFrontmatter).toBe(true)
    expect(ids).toContain('frontmatter/yaml-syntax')
    expect(ids).not.toContain('length/digest-missing')
  })

  it('a readable block without a digest still gets the hint', async () => {
    const { article, ids } = await lintText(`---\ntitle: 秋日书单\n---\n${BODY}`)
    expect(article.brokenFrontmatter).toBeUndefined()
    expect(ids).toContain('length/digest-missing')
  })
})
