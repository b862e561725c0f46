/**
 * Smaller CLI paths in both locales: `--changed` outside a repository, `check --fix` lines, site
 * plugin problems and a cover that is a folder. Ids, fields and values stay as they are.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const NOW = '--now=2027-01-01T00:00:00Z'

interface Doc {
  diagnostics: { message: string; hint?: string; ruleId: string; field?: string; value?: string }[]
}
const strip = (doc: Doc) => doc.diagnostics.map(({ message: _m, hint: _h, ...rest }) => rest)

function zhSite(config: Record<string, unknown> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wxpress-misc-locale-'))
  mkdirSync(path.join(root, 'content', 's'), { recursive: true })
  writeFileSync(
    path.join(root, 'content', 's', 'index.md'),
    readFileSync(path.join(here, '..', 'lint', 'sloppy.md'), 'utf8'),
  )
  copyFileSync(
    path.join(here, '..', 'content', 'fixtures', 'valid', 'cover.png'),
    path.join(root, 'content', 's', 'cover.png'),
  )
  writeFileSync(path.join(root, 'wxpress.config.json'), JSON.stringify({ locale: 'zh-CN', ...config }))
  return root
}

describe('smaller CLI paths in both locales', () => {
  it('check --changed outside a git repository', async () => {
    const root = zhSite()
    const zh = await runCli(['check', '--changed', 'main', '--locale', 'zh-CN'], root)
    const en = await runCli(['check', '--changed', 'main'], root)
    expect(zh.code).toBe(en.code)
    expect(zh.stderr).toContain('无法列出自 main 以来的改动：这个文件夹不在 git 仓库里')
    const json = await runCli(['check', '--changed', 'main', '--locale', 'zh-CN', '--format', 'json'], root)
    expect(json.stdout).toContain('"ruleId": "cli/changed-failed"')
    expect(en.stderr).toContain('Cannot list changes since main: this folder is not in a git repository')
  })

  it('check --fix names each fix in the locale', async () => {
    const root = zhSite()
    const zh = await runCli(['check', '--fix', NOW], root)
    expect(zh.stderr).toMatch(/^已修正 content\/s\/index\.md:\d+:\d+ typography\/[a-z-]+：.+ → .+$/m)
    const en = zhSite()
    const fixed = await runCli(['check', '--fix', NOW, '--locale', 'en'], en)
    expect(fixed.stderr).toMatch(/^fixed content\/s\/index\.md:\d+:\d+ typography\/[a-z-]+: .+ → .+$/m)
  })

  it('site plugin problems and a cover that is a folder', async () => {
    const root = zhSite({ markdown: { remarkPlugins: ['./plugins/none.mjs'] } })
    const zh = await runCli(['check', '--format', 'json', NOW], root)
    const en = await runCli(['check', '--format', 'json', NOW, '--locale', 'en'], root)
    const z = JSON.parse(zh.stdout) as Doc
    expect(strip(z)).toEqual(strip(JSON.parse(en.stdout) as Doc))
    expect(z.diagnostics.find((d) => d.ruleId === 'config/invalid')?.message).toBe(
      '找不到插件文件：./plugins/none.mjs',
    )
    const cover = zhSite()
    const md = path.join(cover, 'content', 's', 'index.md')
    writeFileSync(md, readFileSync(md, 'utf8').replace(/^cover: .*$/m, 'cover: pics'))
    mkdirSync(path.join(cover, 'content', 's', 'pics'))
    const c = JSON.parse((await runCli(['check', '--format', 'json', NOW], cover)).stdout) as Doc
    const d = c.diagnostics.find((x) => x.ruleId === 'image/not-regular-file')
    expect(d).toMatchObject({
      field: 'cover',
      value: 'pics',
      message: '`cover` 是文件夹，不是图片文件：pics',
    })
    mkdirSync(path.join(cover, 'content', 't', 'index.md'), { recursive: true })
    const a = JSON.parse((await runCli(['check', '--format', 'json', NOW], cover)).stdout) as Doc
    expect(a.diagnostics.find((x) => x.ruleId === 'content/not-regular-file')?.message).toBe(
      '文章是文件夹，不是普通文件，不会读取：content/t/index.md',
    )
  })
})
