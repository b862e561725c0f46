import { mkdirSync, cpSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'fixtures')
const NOW = '--now=2027-04-01T09:00:00+08:00'
let site: string

/** A site with a clean article and a broken one. */
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'wxpress-cli-'))
  for (const [slug, from] of [
    ['good', 'valid'],
    ['bad', 'slot-natural-language'],
    ['crlf', 'crlf'],
  ] as const) {
    mkdirSync(path.join(site, 'content', slug), { recursive: true })
    cpSync(path.join(fixtures, from), path.join(site, 'content', slug), { recursive: true })
  }
  writeFileSync(path.join(site, 'content', 'README.md'), '# not an article\n')
})

describe('wxpress check', () => {
  it('exits 1 and reports every file when one has errors', async () => {
    const r = await runCli(['check', NOW, '--format', 'json'], site)
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.stdout)
    expect(doc.version).toBe(1)
    expect(doc.files.map((f: { slug: string }) => f.slug)).toEqual(['bad', 'crlf', 'good'])
    expect(
      doc.diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'frontmatter/invalid-slot'),
    ).toEqual([
      expect.objectContaining({
        file: 'content/bad/index.md',
        line: 4,
        column: 7,
        severity: 'error',
        value: '明天早上八点',
      }),
    ])
  })

  it('exits 0 on clean articles selected by slug', async () => {
    const r = await runCli(['check', 'good', 'crlf', NOW], site)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/0 errors/)
  })

  it('exits 2 with a did-you-mean for an unknown slug', async () => {
    const r = await runCli(['check', 'goood', NOW], site)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('No article `goood`')
    expect(r.stderr).toContain('Did you mean `good`?')
  })

  it('exits 2 on unknown commands and flags, with a hint', async () => {
    const a = await runCli(['chek'], site)
    expect(a.code).toBe(2)
    expect(a.stderr).toMatch(/unknown command 'chek'/)
    const b = await runCli(['check', '--bogus'], site)
    expect(b.code).toBe(2)
    expect(b.stderr).toMatch(/unknown option '--bogus'/)
    const c = await runCli(['check', '--now', 'tomorrow'], site)
    expect(c.code).toBe(2)
  })

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help'], site)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('check')
    const version = await runCli(['--version'], site)
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('writes GitHub annotations and a markdown report', async () => {
    const gh = await runCli(['check', NOW, '--format', 'github'], site)
    expect(gh.stdout).toMatch(/^::error file=content\/bad\/index\.md,line=4,endLine=4,col=7,/m)
    const md = await runCli(['check', NOW, '--format', 'markdown'], site)
    expect(md.stdout).toContain('#### `content/bad/index.md`')
  })

  it('reports config errors on the config file and exits 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-cfg-'))
    writeFileSync(
      path.join(dir, 'wxpress.config.json'),
      '{\n  "timezone": "Mars/Olympus",\n  "themme": "x"\n}\n',
    )
    const r = await runCli(['check', NOW], dir)
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('wxpress.config.json')
    expect(r.stdout).toContain('Did you mean `theme`?')
  })
})

describe('check --fix log (QA2 N16)', () => {
  it('writes characters one cannot see as \\uXXXX, so a removed zero-width space is not an empty-looking ``', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-fixlog-'))
    mkdirSync(path.join(root, 'content', 'zw'), { recursive: true })
    cpSync(path.join(fixtures, 'valid'), path.join(root, 'content', 'zw'), { recursive: true })
    const md = path.join(root, 'content', 'zw', 'index.md')
    writeFileSync(
      md,
      readFileSync(md, 'utf8').replace('欢迎来到春季开发者大会。', '欢迎来到\u200b春季开发者大会。'),
    )
    const r = await runCli(['check', '--fix', NOW], root)
    expect(r.stderr).toMatch(
      /fixed content\/zw\/index\.md:\d+:\d+ typography\/invisible-characters: `来到\\u200b春季` → `来到春季`/,
    )
    expect(r.stderr).not.toContain('\u200b')
    expect(readFileSync(md, 'utf8')).toContain('欢迎来到春季开发者大会。')
  })

  it('shows each change with the text around it, in backticks (wr m3)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-fixlog-'))
    mkdirSync(path.join(root, 'content', 'zw'), { recursive: true })
    cpSync(path.join(fixtures, 'valid'), path.join(root, 'content', 'zw'), { recursive: true })
    const md = path.join(root, 'content', 'zw', 'index.md')
    writeFileSync(
      md,
      readFileSync(md, 'utf8').replace('欢迎来到春季开发者大会。', '我们把Vue文档翻译成了中文,然后发布。'),
    )
    const r = await runCli(['check', '--fix', '--locale=zh-CN', NOW], root)
    expect(r.stderr).toMatch(
      /已修正 content\/zw\/index\.md:\d+:\d+ typography\/cjk-spacing：`们把Vue文档` → `们把 Vue 文档`/,
    )
    expect(r.stderr).toMatch(/typography\/punctuation-width：`中文,然后` → `中文，然后`/)
    expect(r.stderr).not.toContain('"')
  })
})
