import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, NOW, prSite, THREE } from './pr-site.js'

const BOGUS = '/nonexistent/chromium-for-test'
const readReport = (root: string, dir = 'wxpress-pr') =>
  prReportSchema.parse(JSON.parse(readFileSync(path.join(root, dir, 'report.json'), 'utf8')))
const edit = (root: string, slug: string, fn: (text: string) => string) => {
  const file = path.join(root, 'content', slug, 'index.md')
  writeFileSync(file, fn(readFileSync(file, 'utf8')))
}

describe('wxpress pr-check', () => {
  it('checks only the changed articles, writes the artifact and annotates the changed lines', async () => {
    const root = prSite(THREE)
    edit(root, 'beta', (t) => t.replace('正文第一段。', '正文第一段。\n\n新加一句,English混排。'))
    const head = commitAll(root)
    const summary = path.join(root, '..', `${path.basename(root)}-summary.md`)
    const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--chromium', BOGUS], root, {
      GITHUB_STEP_SUMMARY: summary,
    })
    expect(r.code).toBe(0)
    expect(r.stderr).toContain('无法截图 / screenshots skipped: no Chromium found')
    const report = readReport(root)
    expect(report.pr).toEqual({ number: null, headSha: head, baseRef: 'main' })
    expect(report.scope).toEqual({ all: false, reason: null, configFailed: false })
    expect(report.articles.map((a) => a.slug)).toEqual(['beta'])
    const beta = report.articles[0]!
    expect(beta).toMatchObject({
      file: 'content/beta/index.md',
      title: '文章 beta',
      topic: '测试',
      audience: '全部粉丝',
      slot: '2027-04-16T20:00:00+08:00',
      utc: '2027-04-16T12:00:00Z',
      push: { slot: '2027-04-16T20:00:00+08:00', articles: [{ slug: 'beta', title: '文章 beta' }] },
      digest: '一句话摘要。',
      status: 'warning',
      changed: true,
      html: 'html/beta.html',
      cover: 'covers/beta.jpg',
      readingMinutes: 1,
    })
    expect(beta.screenshot).toBeUndefined()
    expect(beta.words).toBeGreaterThan(5)
    expect(beta.changedLines).toEqual([[13, 14]])
    // the check document is the one of `check --format json`, with the safe fixes
    expect(report.check.files.map((f) => f.slug)).toEqual(['beta'])
    // one finding for the phrase (width and spacing merged), with one fix over its whole range
    expect(report.check.diagnostics.some((d) => d.ruleId === 'typography/cjk-spacing')).toBe(false)
    const phrase = report.check.diagnostics.find((d) => d.ruleId === 'typography/punctuation-width')
    expect(phrase?.fix).toEqual({ line: 13, column: 5, endLine: 13, endColumn: 13, text: '，English ' })
    // the text each fix replaces, kept beside the check document for pr-report's guard
    expect(beta.fixTexts).toContainEqual({ line: 13, column: 5, endLine: 13, endColumn: 13, old: ',English' })
    expect(r.stdout).toMatch(/^::warning file=content\/beta\/index\.md,line=13,/m)
    // the hint on its own line, labelled as `check --format github` labels it
    expect(r.stdout).toMatch(/^::warning file=content\/beta\/index\.md,line=13,.*%0Ahint: Write /m)
    // the page is standalone: cover and images inlined, no reference to the site's files
    const page = readFileSync(path.join(root, 'wxpress-pr', 'html', 'beta.html'), 'utf8')
    expect(page).toContain('wx-card')
    expect(page).toContain('新加一句')
    expect(page).toMatch(/src="data:image\/png;base64,/)
    expect(page).not.toContain('src="assets/')
    expect(readFileSync(summary, 'utf8')).toContain('| ⚠️ | 文章 beta |')
  })

  it('a theme-only PR checks every article and says why; a deleted article is no error', async () => {
    const root = prSite(THREE, { theme: 'site' })
    mkdirSync(path.join(root, 'themes', 'site'), { recursive: true })
    writeFileSync(path.join(root, 'themes', 'site', 'theme.css'), 'p { color: #333; }\n')
    commitAll(root, 'site theme on main')
    git(root, 'branch', '-f', 'main', 'HEAD')
    writeFileSync(path.join(root, 'themes', 'site', 'theme.css'), 'p { color: #222; line-height: 1.8; }\n')
    rmSync(path.join(root, 'content', 'gamma'), { recursive: true })
    commitAll(root, 'theme and delete')
    const r = await runCli(['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots'], root)
    expect(r.code).toBe(0)
    const report = readReport(root)
    expect(report.scope.all).toBe(true)
    expect(report.scope.reason).toContain('a theme changed (themes/site/theme.css)')
    expect(report.articles.map((a) => [a.slug, a.changed, a.changedLines])).toEqual([
      ['alpha', false, []],
      ['beta', false, []],
    ])
    // the deleted article is named with the title and slot it had on main
    expect(report.deleted).toEqual([
      {
        slug: 'gamma',
        file: 'content/gamma/index.md',
        title: '文章 gamma',
        slot: '2027-04-17T20:00:00+08:00',
      },
    ])
    expect(r.stdout).toContain('Every article is checked')
  })

  it('reads the pull_request event, exits 1 on errors and keeps the annotations to 10 per kind', async () => {
    const root = prSite(THREE)
    const body = Array.from({ length: 15 }, (_, i) => `第${i}段,English混排。`).join('\n\n')
    edit(root, 'alpha', (t) => t.replace('title: 文章 alpha', 'title: ""').replace('正文第一段。', body))
    commitAll(root)
    git(root, 'update-ref', 'refs/remotes/origin/main', 'main')
    const sha = 'c'.repeat(40)
    const eventPath = path.join(mkdtempSync(path.join(tmpdir(), 'wxpress-event-')), 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({ pull_request: { number: 42, head: { sha }, base: { ref: 'main' } } }),
    )
    const r = await runCli(['pr-check', '--now', NOW, '--no-screenshots', '--artifact', 'out/pr'], root, {
      GITHUB_EVENT_PATH: eventPath,
    })
    expect(r.code).toBe(1)
    const report = readReport(root, 'out/pr')
    expect(report.pr).toEqual({ number: 42, headSha: sha, baseRef: 'main' })
    expect(report.articles[0]).toMatchObject({ slug: 'alpha', status: 'error' })
    const lines = r.stdout.split('\n')
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10)
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(1)
    // 字数 is a fact in the comment's table, not an annotation (tester report L9)
    const facts = report.check.diagnostics.filter((d) => d.ruleId === 'length/word-count' && !d.hint)
    expect(facts.length).toBeGreaterThan(0)
    expect(lines.some((l) => l.includes('min to read'))).toBe(false)
    const total = report.check.diagnostics.length - facts.length
    const printed = lines.filter((l) => /^::(error|warning|notice) file=/.test(l)).length
    expect(lines).toContain(`::notice::${total - printed} more findings: see the wxpress check run`)
  })

  it('is a usage error without --base or an event, or with a push event', async () => {
    const root = prSite(THREE)
    const none = await runCli(['pr-check', '--no-screenshots'], root)
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('no --base and no GITHUB_EVENT_PATH')
    const eventPath = path.join(root, '..', `${path.basename(root)}-push.json`)
    writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main' }))
    const push = await runCli(['pr-check', '--no-screenshots'], root, { GITHUB_EVENT_PATH: eventPath })
    expect(push.code).toBe(2)
    expect(push.stderr).toContain('not a `pull_request` event')
    const badBase = await runCli(['pr-check', '--base', 'nope', '--no-screenshots'], root)
    expect(badBase.code).toBe(2)
    expect(existsSync(path.join(root, 'wxpress-pr'))).toBe(false)
  })
})
