/**
 * `wxpress pr-check` on a zh-CN site: annotations, the scope reason, the stdout line and the job
 * summary are Chinese; the report's fields, rule ids and positions are those of `--locale en`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prReportSchema } from '../../src/pr/report-schema.js'
import { runCli } from '../helpers/run-cli.js'
import { commitAll, git, NOW, prSite, THREE } from '../pr/pr-site.js'

const readReport = (root: string, dir: string) =>
  prReportSchema.parse(JSON.parse(readFileSync(path.join(root, dir, 'report.json'), 'utf8')))

describe('pr-check in both locales', () => {
  it('writes the scope, the summary line and the job summary in the site locale', async () => {
    const root = prSite(THREE, { theme: 'site', locale: 'zh-CN' })
    mkdirSync(path.join(root, 'themes', 'site'), { recursive: true })
    writeFileSync(path.join(root, 'themes', 'site', 'theme.css'), 'p { color: #333; }\n')
    commitAll(root, 'site theme on main')
    git(root, 'branch', '-f', 'main', 'HEAD')
    writeFileSync(
      path.join(root, 'themes', 'site', 'theme.css'),
      'p { color: #222; }\na:hover { color: red }\n',
    )
    const file = path.join(root, 'content', 'beta', 'index.md')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# 一级标题\n`)
    commitAll(root, 'theme and a heading')
    const summary = path.join(root, '..', `${path.basename(root)}-zh-summary.md`)
    const zh = await runCli(
      ['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots', '--artifact', 'zh'],
      root,
      {
        GITHUB_STEP_SUMMARY: summary,
      },
    )
    const en = await runCli(
      ['pr-check', '--base', 'main', '--now', NOW, '--no-screenshots', '--artifact', 'en', '--locale', 'en'],
      root,
    )
    expect(zh.code).toBe(en.code)
    const z = readReport(root, 'zh')
    const e = readReport(root, 'en')
    expect(z.scope.reason).toBe('检查全部文章：主题有改动（themes/site/theme.css）。')
    expect(e.scope.reason).toBe('Every article is checked: a theme changed (themes/site/theme.css).')
    const strip = (r: typeof z) => r.check.diagnostics.map(({ message: _m, hint: _h, ...rest }) => rest)
    expect(strip(z)).toEqual(strip(e))
    const h1 = z.check.diagnostics.find((d) => d.ruleId === 'render/h1')
    expect(h1?.message).toBe('正文标题 `# 一级标题` 是一级标题')
    expect(zh.stdout).toMatch(/^pr-check：\d+ 篇文章，\d+ 个错误，\d+ 个警告；产物在 zh\/$/m)
    expect(zh.stdout).toContain('title=render/h1::正文标题')
    expect(en.stdout).toMatch(
      /^pr-check: \d+ article\(s\), \d+ error\(s\), \d+ warning\(s\); artifact in en\/$/m,
    )
    const md = readFileSync(summary, 'utf8')
    expect(md).toMatch(/已检查 \d+ 篇文章：\d+ 个错误，\d+ 个警告，\d+ 条提示。/)
    expect(md).toContain('| | 文章 | 文件 | 有改动 |')
    expect(md).toContain('未截图：已关闭（--no-screenshots）')
  })
})
