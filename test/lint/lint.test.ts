import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { configSchema, defaultConfig } from '../../src/config/schema.js'
import type { Article } from '../../src/content/article.js'
import { loadArticle } from '../../src/content/load-article.js'
import { collectDiagnostics } from '../../src/diagnostics/collect-diagnostics.js'
import { summarize } from '../../src/diagnostics/summarize.js'
import { reportPretty } from '../../src/diagnostics/report-pretty.js'
import { createLinter } from '../../src/lint/lint-article.js'
import { RULES } from '../../src/lint/rules/index.js'
import { renderRulesDoc } from '../../src/lint/generate-docs.js'
import { RULE_DOCS_ZH } from '../../src/i18n/messages/rule-docs.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.resolve(here, '..', '..')
const config = defaultConfig()
const linter = createLinter({ config })

async function lintFile(absolutePath: string, root = here, siteConfig = config) {
  const article = await loadArticle({
    root,
    absolutePath,
    slug: path.basename(path.dirname(absolutePath)),
    config: siteConfig,
  })
  ;(siteConfig === config ? linter : createLinter({ config: siteConfig })).lint(article)
  return article
}

/** A fixture folder's `config.json` (rule options, e.g. a lower `max`), or the default config. */
function fixtureConfig(dir: string) {
  const file = path.join(dir, 'config.json')
  return existsSync(file) ? configSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : config
}

function lintText(article: Article, ruleId?: string) {
  // infos count for a rule whose findings are infos (length/word-count, length/digest-missing)
  const infoRule = RULES.find((r) => r.id === ruleId)?.severity === 'info'
  const diagnostics = collectDiagnostics([{ file: article.file, path: article.path }]).filter(
    (d) => d.source === 'lint' && (d.severity !== 'info' || infoRule) && (!ruleId || d.ruleId === ruleId),
  )
  return reportPretty(diagnostics, summarize(diagnostics, 1), { color: false })
}

const fixtures = path.join(here, 'fixtures')

describe('rule fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    const ruleId = name.replace('__', '/')
    const siteConfig = fixtureConfig(path.join(fixtures, name))
    it(`${ruleId}: ok.md has no findings`, async () => {
      const article = await lintFile(path.join(fixtures, name, 'ok.md'), here, siteConfig)
      const text = lintText(article, ruleId)
      // a rule that always reports an info (the word count) keeps it: ok.md has that one and nothing else
      if (RULES.find((r) => r.id === ruleId)?.severity === 'info' && !text.startsWith('✔')) {
        await expect(text).toMatchFileSnapshot(path.join(fixtures, name, 'ok.txt'))
      } else expect(text).toMatch(/^✔ 0 errors, 0 warnings/)
    })
    it(`${ruleId}: not-ok.md has exactly the expected findings`, async () => {
      const article = await lintFile(path.join(fixtures, name, 'not-ok.md'), here, siteConfig)
      const text = lintText(article, ruleId)
      expect(text).not.toMatch(/^✔/)
      await expect(text).toMatchFileSnapshot(path.join(fixtures, name, 'not-ok.txt'))
    })
  }
})

describe('every rule', () => {
  it('survives a tree and front-matter without positions', () => {
    const file = new VFile({ path: 'x.md', value: '' })
    const article = {
      slug: 'x',
      path: 'x.md',
      dir: '/nonexistent',
      file,
      markdown: '',
      frontmatter: { title: '震惊！！Github' },
      fields: [],
      block: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      slot: undefined,
      coverPath: undefined,
      hash: '',
      readable: true,
    } satisfies Article
    for (const rule of RULES) {
      expect(() =>
        rule.check({
          article,
          tree: {
            type: 'root',
            children: [
              { type: 'paragraph', children: [{ type: 'text', value: '使用TypeScript编写,真的...' }] },
            ],
          },
          prose: [{ text: '使用TypeScript编写,真的...', where: 'body', offset: 0 }],
          options: {},
          locate: () => undefined,
          report: () => undefined,
        }),
      ).not.toThrow()
    }
    expect(RULES.length).toBeGreaterThan(10)
  })
})

describe('corpus', () => {
  it('finds zero typography problems in the bundled content', async () => {
    const content = path.join(repo, 'content')
    const out: string[] = []
    for (const slug of readdirSync(content)) {
      const file = path.join(content, slug, 'index.md')
      if (!existsSync(file)) continue
      const article = await lintFile(file, repo)
      out.push(
        ...article.file.messages.filter((m) => m.source === 'lint' && m.fatal !== undefined).map(String),
      )
    }
    expect(out).toEqual([])
  })

  it('reports each mistake of a sloppy article once, at the right place', async () => {
    const article = await lintFile(path.join(here, 'sloppy.md'))
    const found = article.file.messages
      .filter((m) => m.source === 'lint' && m.fatal !== undefined)
      .map((m) => `${m.line}:${m.column} ${m.ruleId}`)
    expect(found.sort()).toEqual(
      [
        '2:8 title/clickbait',
        '2:11 typography/product-name',
        '2:23 title/punctuation',
        '6:12 typography/punctuation-width',
        '9:4 typography/punctuation-width',
        '9:14 typography/cjk-spacing',
        '11:3 typography/ellipsis',
        '11:8 typography/typo',
        '11:12 typography/typo',
        '11:14 typography/repeated-punctuation',
        '13:3 typography/quotes',
        '13:12 typography/brackets',
        '13:19 typography/space-around-fullwidth',
      ].sort(),
    )
  })
})

describe('length rules', () => {
  it('count and preview only what readers see: no code, raw HTML or text inside <style>/<script>', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-reader-text-'))
    mkdirSync(path.join(dir, 'a'))
    writeFileSync(
      path.join(dir, 'a', 'index.md'),
      '---\ntitle: 标题\n---\n段落 <style>p{color:blue}</style> 内联 <script>alert(1)</script>结束。\n\n```js\nconst x = 1\n```\n',
    )
    const article = await lintFile(path.join(dir, 'a', 'index.md'), dir)
    const digest = article.file.messages.find((m) => m.ruleId === 'length/digest-missing')
    expect((digest as { value?: string } | undefined)?.value).toBe('段落 内联 结束。')
    expect(article.file.messages.find((m) => m.ruleId === 'length/word-count')?.reason).toMatch(/^6 字/)
  })

  it('count and preview the visible text of HTML blocks (135editor), never image alt text or literal ![..](..) (QA2 N4)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-reader-text-'))
    mkdirSync(path.join(dir, 'a'))
    const body = [
      '<section style="padding:10px"><style>p{color:red}</style><!-- 注释 --><p style="color:#333">这是<b>HTML</b>里的正文&nbsp;&amp;&#x4e00;段</p></section>',
      '',
      '<script>var 变量 = 1</script>',
      '',
      '![图片说明](a.png) 看图 ![空格 文件](my image.png) 完。',
      '',
    ].join('\n')
    writeFileSync(path.join(dir, 'a', 'index.md'), `---\ntitle: 标题\n---\n${body}`)
    const article = await lintFile(path.join(dir, 'a', 'index.md'), dir)
    const digest = article.file.messages.find((m) => m.ruleId === 'length/digest-missing')
    expect((digest as { value?: string } | undefined)?.value).toBe('这是HTML里的正文 &一段 看图 完。')
    expect(article.file.messages.find((m) => m.ruleId === 'length/word-count')?.reason).toMatch(/^12 字/)
  })
})

describe('blank optional front-matter keys (t18 M3)', () => {
  it('take `digest:`, `digest: ""` and `digest: ~` as no digest: an info with a hint at that line, never an error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-blank-digest-'))
    for (const [slug, line] of [
      ['a', 'digest:'],
      ['b', 'digest: ""'],
      ['c', 'digest: ~'],
    ] as const) {
      mkdirSync(path.join(dir, slug))
      const head = `---\ntitle: 标题\ntopic: 新品\naudience: 全部粉丝\nauthor:\ntheme: ''\nmode:\n${line}\n---\n`
      writeFileSync(path.join(dir, slug, 'index.md'), `${head}三月的风一吹，新品就上架了。\n`)
      const article = await lintFile(path.join(dir, slug, 'index.md'), dir)
      const found = collectDiagnostics([{ file: article.file, path: article.path }])
      expect(found.filter((d) => d.severity === 'error' && d.ruleId !== 'frontmatter/missing')).toEqual([])
      expect(found.every((d) => d.severity === 'info' || d.hint)).toBe(true)
      expect(found.find((d) => d.ruleId === 'length/digest-missing')).toMatchObject({
        line: 8,
        severity: 'info',
        field: 'digest',
        value: '三月的风一吹，新品就上架了。',
        hint: 'Remove the line, or write one sentence (≤ 54 characters) that sums up the article.',
      })
      expect(article.frontmatter.digest).toBeUndefined()
    }
  })

  it('keeps a blank `slot` an error, with a hint', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-blank-slot-'))
    mkdirSync(path.join(dir, 'a'))
    writeFileSync(path.join(dir, 'a', 'index.md'), '---\ntitle: 标题\nslot:\n---\n正文。\n')
    const article = await lintFile(path.join(dir, 'a', 'index.md'), dir)
    const found = collectDiagnostics([{ file: article.file, path: article.path }])
    expect(found.find((d) => d.ruleId === 'frontmatter/empty')).toMatchObject({
      line: 3,
      hint: expect.stringContaining('remove the line'),
    })
  })
})

describe('docs/rules.md', () => {
  it('documents every diagnostic id the code reports', async () => {
    const { readdirSync: list, statSync } = await import('node:fs')
    const walk = (dir: string): string[] =>
      list(dir).flatMap((n) =>
        statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)],
      )
    const ids = new Set(
      walk(path.join(repo, 'src')).flatMap((f) =>
        [
          ...readFileSync(f, 'utf8').matchAll(
            /'((?:frontmatter|image|render|schedule|publish|content|theme|config|lint|cli)\/[a-z0-9-]+)'/g,
          ),
        ].map((m) => m[1]!),
      ),
    )
    const doc = readFileSync(path.join(repo, 'docs', 'rules.md'), 'utf8')
    expect([...ids].filter((id) => !doc.includes(`\`${id}\``) && !/^image\/(jpeg|png)$/.test(id))).toEqual([])
  })

  it('is generated from the rule files (run `npm run docs` after changing a rule)', () => {
    expect(readFileSync(path.join(repo, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc('en'))
    expect(readFileSync(path.join(repo, 'docs', 'rules.zh-CN.md'), 'utf8')).toBe(renderRulesDoc('zh-CN'))
  })

  it('has Chinese docs for every rule', () => {
    expect(RULES.filter((r) => !RULE_DOCS_ZH[r.id]).map((r) => r.id)).toEqual([])
    expect(Object.keys(RULE_DOCS_ZH).filter((id) => !RULES.some((r) => r.id === id))).toEqual([])
  })
})
