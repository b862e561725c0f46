import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fitDiagnostic, fitRuleId, fitText } from '../../src/pr/fit-report.js'
import { LIMITS, parseReport } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, NOW, prSite } from './pr-site.js'

const BOGUS = '/nonexistent/chromium-for-test'

describe('one schema for the writer and the reader', () => {
  it('pr-check cuts long texts to the caps; a folder that cannot be a slug is left out', async () => {
    const root = prSite([
      { slug: 'alpha', slot: '2027-04-15T20:00:00+08:00' },
      { slug: 'my post', slot: '2027-04-16T20:00:00+08:00' },
    ])
    const long = '长'.repeat(2500)
    for (const slug of ['alpha', 'my post']) {
      const file = path.join(root, 'content', slug, 'index.md')
      writeFileSync(file, readFileSync(file, 'utf8').replace(`title: 文章 ${slug}`, `title: ${long}`))
    }
    commitAll(root)
    const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--chromium', BOGUS], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'pr-check: not in the report (folder names must be letters, digits, . _ -): my post',
    )
    // exactly what pr-report reads
    const parsed = parseReport(JSON.parse(readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const { articles, check } = parsed.report
    expect(articles.map((a) => a.slug)).toEqual(['alpha'])
    // an invalid (too long) title is shown as written, cut to the artifact's cap; the finding quotes
    // the whole title, cut to its cap
    expect(articles[0]!.title).toBe(`${'长'.repeat(LIMITS.title - 1)}…`)
    // the left-out article's findings stay in the check document
    const titles = check.diagnostics.filter((d) => d.field === 'title' && d.value !== undefined)
    expect(new Set(titles.map((d) => d.file))).toEqual(
      new Set(['content/alpha/index.md', 'content/my post/index.md']),
    )
    for (const d of titles) expect(d.value).toBe(`${'长'.repeat(LIMITS.text - 1)}…`)
  })

  it('reads a report written to DESIGN §8 alone, with what pr-check adds defaulted', () => {
    const article = {
      slug: 'a',
      file: 'content/a/index.md',
      title: 't',
      topic: '',
      audience: '',
      slot: null,
      utc: null,
      push: null,
      words: 1,
      readingMinutes: 1,
      digest: '',
      status: 'ok',
      screenshot: 'screenshots/a.png',
    }
    const check = { version: 1, files: [], diagnostics: [], summary: { files: 1, errors: 0, warnings: 0 } }
    const minimal = {
      version: 1,
      pr: { number: 3, headSha: 'c'.repeat(40), baseRef: 'main' },
      articles: [article],
      check,
    }
    const parsed = parseReport(minimal)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.report.scope).toEqual({ all: false, reason: null, configFailed: false })
    expect(parsed.report.articles[0]).toMatchObject({ changed: true, changedLines: [] })
    expect(parsed.report.articles[0]!.html).toBeUndefined()
    expect(parsed.report.check.summary.infos).toBe(0)
    for (const [key, value] of [
      ['screenshot', 'screenshots/a.jpg'],
      ['cover', 'covers/a.gif'],
      ['html', 'html/../a.html'],
      ['html', 'html/a/b.html'],
      ['cover', 'covers/a\nb.png'],
    ] as const) {
      const bad = parseReport({ ...minimal, articles: [{ ...article, [key]: value }] })
      expect(bad.ok ? 'accepted' : bad.problems[0]).toMatch(new RegExp(`^articles\\.0\\.${key}:`))
    }
    const noTitle = parseReport({ ...minimal, articles: [{ ...article, title: undefined }] })
    expect(noTitle.ok ? 'accepted' : noTitle.problems[0]).toMatch(/^articles\.0\.title:/)
  })

  it('fits texts, rule ids and fixes of a finding; a fix too long to carry is dropped, never cut', () => {
    expect(fitText('abc', 3)).toBe('abc')
    expect(fitText('abcd', 3)).toBe('ab…')
    expect(fitText('a😀b', 3)).toBe('a…')
    expect(fitRuleId('frontmatter/max-length')).toBe('frontmatter/max-length')
    expect(fitRuleId('remark-lint:no-dead-urls')).toBe('remark-lint:no-dead-urls')
    expect(fitRuleId('  My Rule (beta)')).toBe('My-Rule-beta-')
    expect(fitRuleId('？？')).toBe('wxpress/unknown')
    const base = {
      file: 'a.md',
      line: 1,
      column: 1,
      severity: 'info',
      ruleId: 'x/y',
      source: 'lint',
      message: 'm',
    } as const
    const fix = { line: 1, column: 1, endLine: 1, endColumn: 2, text: 'x'.repeat(LIMITS.text + 1) }
    expect(fitDiagnostic({ ...base, fix }).fix).toBeUndefined()
    expect(fitDiagnostic({ ...base, fix: { ...fix, text: 'y' } }).fix?.text).toBe('y')
    const long = fitDiagnostic({
      ...base,
      source: 's'.repeat(50),
      hint: 'h'.repeat(3000),
      field: 'f'.repeat(300),
    })
    expect([long.source.length, long.hint?.length, long.field?.length]).toEqual([
      40,
      LIMITS.text,
      LIMITS.field,
    ])
  })
})
