import { mkdtempSync, symlinkSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/schema.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { loadArticle } from '../../src/content/load-article.js'
import { listCases, prettyText } from '../helpers/site-fixture.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const fixtures = path.join(here, 'fixtures')
const config = defaultConfig()

function load(slug: string, root = here) {
  return loadArticle({ root, absolutePath: path.join(root, 'fixtures', slug, 'index.md'), slug, config })
}

describe('front-matter fixtures', () => {
  for (const name of listCases(fixtures)) {
    it(`reports ${name} exactly`, async () => {
      const article = await load(name)
      await expect(prettyText([{ file: article.file, path: article.path }])).toMatchFileSnapshot(
        path.join(fixtures, name, 'diagnostics.txt'),
      )
    })
  }
})

describe('line endings and encodings', () => {
  it('gives identical results for LF, CRLF and a UTF-8 BOM', async () => {
    const [lf, crlf, bom] = await Promise.all([load('valid'), load('crlf'), load('bom')])
    for (const other of [crlf, bom]) {
      expect(other.frontmatter).toEqual(lf.frontmatter)
      expect(other.markdown).toEqual(lf.markdown)
      expect(other.fields).toEqual(lf.fields)
      expect(other.file.messages.map(String)).toEqual(
        lf.file.messages.map((m) => String(m).replace('fixtures/valid', `fixtures/${other.slug}`)),
      )
    }
    expect(JSON.stringify(crlf.frontmatter)).not.toContain('\r')
    expect(lf.file.messages).toHaveLength(0)
  })

  it('keeps an unquoted slot as the written text and compares instants', async () => {
    const [unquoted, quoted] = await Promise.all([load('unquoted-slot'), load('quoted-slot')])
    expect(unquoted.frontmatter.slot).toBe('2027-04-15T20:00:00+08:00')
    expect(quoted.frontmatter.slot).toBe('2027-04-15T12:00:00Z')
    expect(unquoted.slot?.epochMs).toBe(quoted.slot?.epochMs)
  })

  it('checks the other keys of a front-matter with a key written twice, with the later value', async () => {
    const article = await load('duplicate-key')
    expect(article.frontmatter.title).toBe('又一个')
    expect(article.fields.filter((f) => f.key === 'title')).toHaveLength(1)
    expect(article.brokenFrontmatter).toBeUndefined()
  })

  it('treats cover.png and ./cover.png alike', async () => {
    const [a, b] = await Promise.all([load('valid'), load('dot-slash-cover')])
    expect(a.coverPath).toBeDefined()
    expect(path.relative(b.dir, b.coverPath ?? '')).toBe(path.relative(a.dir, a.coverPath ?? ''))
  })

  it('keeps the body on the file lines', async () => {
    const article = await load('valid')
    const lines = article.markdown.split('\n')
    expect(lines[11]).toBe('## 大会安排')
    expect(lines.slice(0, 10).every((l) => l === '')).toBe(true)
  })
})

describe('escaping paths', () => {
  it('rejects a cover symlink that points outside the article folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-content-'))
    const dir = path.join(root, 'fixtures', 'linked')
    mkdirSync(dir, { recursive: true })
    const secret = path.join(root, 'secret.png')
    copyFileSync(path.join(fixtures, 'valid', 'cover.png'), secret)
    symlinkSync(secret, path.join(dir, 'cover.png'))
    writeFileSync(
      path.join(dir, 'index.md'),
      '---\ntitle: 标题\ntopic: 技术\naudience: 全部粉丝\ncover: cover.png\n---\n正文\n',
    )
    const article = await load('linked', root)
    expect(article.coverPath).toBeUndefined()
    expect(article.file.messages.map((m) => m.ruleId)).toEqual(['image/outside-root'])
    expect(article.file.messages[0]?.line).toBe(5)
  })

  it('reports an escaping path as outside-root, not missing (it is never looked up)', async () => {
    const article = await load('escaping-cover')
    expect(article.file.messages.map((m) => m.ruleId)).toEqual(['image/outside-root'])
  })
})

describe('oversized articles', () => {
  it("reports a body beyond MAX_MARKDOWN_CHARS instead of handing it to lint and render; the count is the body's (QA2 N13)", async () => {
    const { MAX_MARKDOWN_CHARS } = await import('../../src/content/parse-source.js')
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-huge-'))
    const write = (
      slug: string,
      chars: number,
      unit = '这是一段很长的文字。\n\n',
      frontmatter = 'title: 长文\ntopic: 技术\naudience: 全部粉丝\ncover: cover.png\n',
    ) => {
      mkdirSync(path.join(root, 'content', slug), { recursive: true })
      const body = [...unit.repeat(Math.ceil(chars / [...unit].length))].slice(0, chars).join('')
      writeFileSync(path.join(root, 'content', slug, 'index.md'), `---\n${frontmatter}---\n${body}`)
      return loadArticle({ root, absolutePath: path.join(root, 'content', slug, 'index.md'), slug, config })
    }
    const tooLarge = (a: Awaited<ReturnType<typeof write>>) =>
      a.file.messages.find((m) => m.ruleId === 'content/too-large')
    const huge = await write('huge', MAX_MARKDOWN_CHARS + 1)
    expect(huge.readable).toBe(false)
    expect(tooLarge(huge)?.fatal).toBe(true)
    expect(tooLarge(huge)?.reason).toBe(
      'The article body has 200,001 characters of Markdown, more than the 200,000 wxpress reads; it is not linted or rendered',
    )
    expect((tooLarge(huge) as { value?: string }).value).toBe('200001')
    // exactly at the threshold, however long the front-matter: fits
    // (paragraphs of 400 characters: 200,000 characters of two-line paragraphs would be content/too-complex)
    const fits = await write(
      'fits',
      MAX_MARKDOWN_CHARS,
      `${'这是一段很长的文字。'.repeat(40)}\n\n`,
      `title: 长文\ndigest: ${'摘'.repeat(50)}\n`.repeat(1) +
        'topic: 技术\n'.repeat(1) +
        `# ${'注'.repeat(500)}\n`,
    )
    expect(fits.readable).toBe(true)
    expect(tooLarge(fits)).toBeUndefined()
    // characters, not UTF-16 units: 200,000 emoji fit
    const emoji = await write('emoji', MAX_MARKDOWN_CHARS, '🎉')
    expect(tooLarge(emoji)).toBeUndefined()
  })
})

describe('duplicate keys (QA 17)', () => {
  it('names the key (field, value) and points at its second occurrence, nested keys included', async () => {
    const article = await load('duplicate-key')
    expect(collectDiagnostics([{ file: article.file, path: article.path }])).toEqual([
      expect.objectContaining({
        ruleId: 'frontmatter/yaml-syntax',
        line: 8,
        column: 1,
        endColumn: 6,
        field: 'title',
        value: 'title',
        hint: expect.stringContaining('Remove one of the two `title` lines'),
      }),
    ])
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-dup-'))
    mkdirSync(path.join(root, 'fixtures', 'a'), { recursive: true })
    writeFileSync(
      path.join(root, 'fixtures', 'a', 'index.md'),
      '---\ntitle: 一\nlint:\n  typography/quotes: off\n  typography/quotes: warn\n---\n正文\n',
    )
    const nested = await load('a', root)
    const found = collectDiagnostics([{ file: nested.file, path: nested.path }])
    expect(found.find((d) => d.ruleId === 'frontmatter/yaml-syntax')).toMatchObject({
      line: 5,
      column: 3,
      field: 'lint.typography/quotes',
      message: expect.stringContaining('(first on line 4)'),
    })
    // the later value is the one used; the other keys are still checked
    expect(nested.frontmatter.lint).toEqual({ 'typography/quotes': 'warn' })
    expect(found.map((d) => d.ruleId)).toContain('frontmatter/missing')
  })
})
