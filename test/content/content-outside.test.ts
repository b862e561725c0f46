/** A content folder outside the site is said as such, once, not as "each article is a link out of the site" (tester reports M13, N16). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

describe('a content folder outside the site', () => {
  it('is one usage error naming the folder, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-outside-'))
    const site = path.join(dir, 'site')
    mkdirSync(site)
    writeFileSync(path.join(site, 'wxpress.config.json'), '{ "locale": "zh-CN" }\n')
    mkdirSync(path.join(dir, 'scratch', 'content', 'a'), { recursive: true })
    writeFileSync(path.join(dir, 'scratch', 'content', 'a', 'index.md'), '---\ntitle: 标题\n---\n\n正文。\n')
    const r = await runCli(['check', '--content', path.join(dir, 'scratch', 'content')], site)
    expect(r.code).toBe(2)
    const out = r.stdout + r.stderr
    expect(out).toContain('内容文件夹 ../scratch/content 在站点之外')
    expect(out).toContain('到包含这个文件夹的站点里运行 wxpress')
    expect(out).not.toContain('符号链接')
  })
})
