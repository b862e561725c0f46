import { describe, expect, it } from 'vitest'
import { articleWords, effectiveDigest, visibleText } from '../../src/lint/article-facts.js'
import { readingMinutes } from '../../src/lint/reading-time.js'
import { parsePullRequestEvent } from '../../src/pr/pr-event.js'
import { pluginPathsOf, prScope } from '../../src/pr/pr-scope.js'

const base = {
  contentDir: 'content',
  slugs: ['a', 'b', 'c'],
  configPath: 'wxpress.config.json',
  configNames: ['wxpress.config.json', 'wxpress.config.ts'],
  themeDirs: ['themes'],
  pluginPaths: ['tools/remark-x.mjs'],
}

describe('prScope', () => {
  it('checks the changed articles only; deleted ones are named, not checked', () => {
    const s = prScope({
      ...base,
      changedFiles: [
        'content/b/index.md',
        'content/a/images/x.png',
        'content/gone/index.md',
        'content/gone/cover.png',
        'content/old/images/y.png',
        'README.md',
      ],
    })
    expect(s).toEqual({ all: false, reason: null, slugs: ['a', 'b'], changed: ['a', 'b'], deleted: ['gone'] })
  })

  it.each([
    ['themes/tech/theme.css', 'a theme changed (themes/tech/theme.css)'],
    ['wxpress.config.json', 'the config changed (wxpress.config.json)'],
    ['wxpress.config.ts', 'the config changed (wxpress.config.ts)'],
    ['plugins/remark-callouts.mjs', 'a site plugin changed (plugins/remark-callouts.mjs)'],
    ['tools/remark-x.mjs', 'a site plugin changed (tools/remark-x.mjs)'],
  ])('checks every article when %s changed, and says why', (file, why) => {
    const s = prScope({ ...base, changedFiles: [file, 'content/c/index.md'] })
    expect(s.all).toBe(true)
    expect(s.slugs).toEqual(['a', 'b', 'c'])
    expect(s.changed).toEqual(['c'])
    expect(s.reason).toContain(why)
  })

  it('gives one reason a kind of file, naming its files (tester report L8)', () => {
    const files = ['themes/default/theme.css', 'themes/default/theme.json', 'wxpress.config.json']
    const s = prScope({ ...base, locale: 'zh-CN', changedFiles: files })
    expect(s.reason).toBe(
      '检查全部文章：配置有改动（wxpress.config.json）；主题有改动（themes/default/theme.css、themes/default/theme.json）。',
    )
    const many = prScope({ ...base, changedFiles: ['a', 'b', 'c', 'd'].map((n) => `themes/x/${n}.css`) })
    expect(many.reason).toBe(
      'Every article is checked: a theme changed (themes/x/a.css, themes/x/b.css, themes/x/c.css and 1 more).',
    )
  })

  it('reads plugin paths from config entries', () => {
    expect(pluginPathsOf(['./plugins/a.mjs', ['./tools/b.mjs', { x: 1 }], 'remark-gfm', () => 0])).toEqual([
      'plugins/a.mjs',
      'tools/b.mjs',
    ])
  })
})

describe('parsePullRequestEvent', () => {
  const sha = 'a'.repeat(40)
  it('takes number, head sha, base ref and base sha', () => {
    const text = JSON.stringify({
      action: 'synchronize',
      pull_request: { number: 7, head: { sha, ref: 'x' }, base: { ref: 'main', sha: 'b'.repeat(40) } },
    })
    expect(parsePullRequestEvent(text)).toEqual({
      ok: true,
      value: { number: 7, headSha: sha, baseRef: 'main', baseSha: 'b'.repeat(40) },
    })
  })
  it('refuses a push event and broken JSON with the reason', () => {
    const push = parsePullRequestEvent(JSON.stringify({ ref: 'refs/heads/main', after: sha }))
    expect(push).toMatchObject({ ok: false, reason: expect.stringContaining('pull_request') })
    expect(parsePullRequestEvent('{')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not JSON'),
    })
  })
})

describe('article facts', () => {
  it('counts 字 as check does, reads the visible text and falls back for the digest', () => {
    const html = '<section><style>p{}</style><p>你好 world，&amp; co&#x2019;s</p><p>第二段</p></section>'
    expect(visibleText(html)).toBe('你好 world，& co’s 第二段')
    expect(articleWords(undefined, visibleText(html))).toBe(2 + 1 + 1 + 3)
    expect(articleWords('821', 'ignored')).toBe(821)
    expect(articleWords(undefined, '一二三 four')).toBe(4)
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(401)).toBe(1)
    expect(readingMinutes(820)).toBe(2) // as the length/word-count finding says (共 820 字，阅读约需 2 分钟)
    expect(effectiveDigest('写好的摘要', '正文')).toBe('写好的摘要')
    expect(effectiveDigest(undefined, '字'.repeat(60))).toBe('字'.repeat(54))
  })
})

describe('prReportSchema', () => {
  it('accepts only artifact-relative paths for the files it names', async () => {
    const { reportArticleSchema } = await import('../../src/pr/report-schema.js')
    const article = {
      slug: 'a',
      file: 'content/a/index.md',
      title: 't',
      topic: 'x',
      audience: '全部粉丝',
      slot: null,
      utc: null,
      push: null,
      words: 1,
      readingMinutes: 1,
      digest: '',
      status: 'ok',
      changed: true,
      html: 'html/a.html',
      changedLines: [[1, 2]],
    }
    expect(reportArticleSchema.safeParse(article).success).toBe(true)
    for (const html of [
      '/etc/passwd',
      'html/../../x.html',
      'html/a/b.html',
      '../html/a.html',
      'html/a.htm',
    ]) {
      expect(reportArticleSchema.safeParse({ ...article, html }).success).toBe(false)
    }
    expect(reportArticleSchema.safeParse({ ...article, screenshot: 'screenshots/..' }).success).toBe(false)
    expect(reportArticleSchema.safeParse({ ...article, cover: 'covers/a.jpg' }).success).toBe(true)
  })
})
