// `index.MD` (any letter case other than `index.md`) is no article, and says so (trial-1 #6)
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from '../publish/publish-site.js'
import { commitAll, git, prSite } from '../pr/pr-site.js'

const NOW = '--now=2027-04-01T09:00:00+08:00'

function site(locale?: string): string {
  const root = makeSite(
    [
      { slug: 'fine', slot: '2027-04-15T20:00:00+08:00' },
      { slug: 'upper-md', slot: '2027-04-16T20:00:00+08:00' },
      { slug: 'title-case', slot: '2027-04-17T20:00:00+08:00' },
    ],
    locale ? { locale } : {},
  )
  const dir = (slug: string) => path.join(root, 'content', slug)
  renameSync(path.join(dir('upper-md'), 'index.md'), path.join(dir('upper-md'), 'index.MD'))
  renameSync(path.join(dir('title-case'), 'index.md'), path.join(dir('title-case'), 'Index.md'))
  return root
}

describe('an article file named in other letter case', () => {
  it('is a warning of check on that file, naming the right name', async () => {
    const root = site()
    const r = await runCli(['check', NOW, '--format=json'], root)
    const { diagnostics } = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }
    expect(diagnostics.filter((d) => d.ruleId === 'content/index-name')).toMatchObject([
      {
        file: 'content/title-case/Index.md',
        severity: 'warning',
        value: 'Index.md',
        message:
          'content/title-case/Index.md is not read: an article file is named `index.md` (in lowercase), not `Index.md`',
      },
      {
        file: 'content/upper-md/index.MD',
        severity: 'warning',
        line: 1,
        column: 1,
        hint: expect.stringContaining('git mv content/upper-md/index.MD content/upper-md/index.md'),
      },
    ])
    expect(r.code).toBe(0)
    const pretty = await runCli(['check', NOW], root)
    expect(pretty.stdout).toContain('content/upper-md/index.MD')
  })

  it('is named when its slug is asked for, in Chinese too', async () => {
    const root = site('zh-CN')
    const r = await runCli(['check', 'upper-md', NOW], root)
    expect(r.code).toBe(2)
    const out = r.stdout + r.stderr
    expect(out).toContain(
      'content/ 里没有文章 `upper-md`：它的文件 content/upper-md/index.MD 不会被读取，文章文件必须命名为 `index.md`',
    )
    expect(out).toContain('git mv content/upper-md/index.MD content/upper-md/index.md')
    const other = await runCli(['check', 'fine', NOW, '--format=json'], root)
    expect(other.code).toBe(0)
    expect(other.stdout).not.toContain('content/index-name')
  })

  it('pr-check names it when the pull request touches it, not on every other pull request', async () => {
    const root = prSite([{ slug: 'fine', slot: '2027-04-15T20:00:00+08:00' }])
    const article = path.join(root, 'content', 'fine', 'index.md')
    mkdirSync(path.join(root, 'content', 'upper-md'))
    writeFileSync(path.join(root, 'content', 'upper-md', 'index.MD'), readFileSync(article, 'utf8'))
    commitAll(root, 'add upper-md')
    const report = async () => {
      const r = await runCli(['pr-check', '--base', 'main', NOW, '--no-screenshots'], root)
      expect(r.code, r.stderr).toBe(0)
      return readFileSync(path.join(root, 'wxpress-pr', 'report.json'), 'utf8')
    }
    expect(await report()).toContain('content/upper-md/index.MD')
    // merged; a later pull request touches only the other article
    git(root, 'branch', '-f', 'main', 'HEAD')
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n补一句。\n`)
    commitAll(root, 'edit fine')
    expect(await report()).not.toContain('content/upper-md/index.MD')
  })
})
